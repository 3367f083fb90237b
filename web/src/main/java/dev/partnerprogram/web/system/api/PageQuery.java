package dev.partnerprogram.web.system.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an API method's {@link org.springframework.data.domain.Pageable} argument: the list's {@code page} (from 0) and
 * {@code size} query parameters, both optional, read and checked by {@link PageQueryResolver} and described by
 * {@link OpenApiDocument} where the argument stands, so a paged list declares its paging once.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface PageQuery {
    /** The page's size when the client names none. */
    int size() default 20;
}

package dev.partnerprogram.web.system.page;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.stereotype.Controller;

/**
 * A controller of HTML pages. Pages and JSON APIs ({@code @RestController}s, themselves {@code @Controller}s) share
 * their feature's package, so the pages' controller advice selects its controllers by this annotation.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
}

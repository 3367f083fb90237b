package dev.partnerprogram.web.system.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API operation that creates an object and answers {@code 201 Created} with its address in {@code Location}
 * ({@code ResponseEntity.created(uri)}). The OpenAPI document says so from this mark; the answer itself comes from the
 * method's {@code ResponseEntity}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Creation {}

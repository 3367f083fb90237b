package dev.partnerprogram.web.system.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API operation that answers a file rather than JSON: the OpenAPI document shows its 200 as binary content of this
 * media type ({@code *}{@code /*} when it is the stored file's own).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Download {
    String value();
}

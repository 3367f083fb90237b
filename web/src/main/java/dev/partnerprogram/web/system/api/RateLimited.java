package dev.partnerprogram.web.system.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An API operation counted against the rate limits (registrations, password resets, invitations): one request over a
 * limit is 429 with {@code Retry-After}. The OpenAPI document says so from this mark.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {}

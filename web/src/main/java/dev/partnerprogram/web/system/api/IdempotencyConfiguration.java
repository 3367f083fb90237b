package dev.partnerprogram.web.system.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.partnerprogram.integration.IdempotentRequests;
import dev.partnerprogram.web.system.error.ApiProblems;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class IdempotencyConfiguration {

    /** After Spring Security's filters: the key belongs to the authenticated caller, and refused callers never take one. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotentRequests store, ApiProblems problems, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(store, problems, json));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }
}

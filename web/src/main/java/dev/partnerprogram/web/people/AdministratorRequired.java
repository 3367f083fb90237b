package dev.partnerprogram.web.people;

import dev.partnerprogram.common.Message;
import dev.partnerprogram.web.system.error.ApiProblems;
import dev.partnerprogram.workflow.identity.People;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * A production database without an active administrator has nobody who could create accounts: until the first one is
 * made ({@code java -jar web.jar admin create ...}), every page and API call is answered 503 with what to do, except
 * health checks, static files and the set-password pages the first administrator needs. Once an administrator has
 * been seen the check is skipped for good (the last active administrator cannot be deactivated).
 */
@Configuration
class AdministratorRequired {
    private static final List<String> OPEN = List.of("/actuator/health", "/css/", "/js/", "/webjars/", "/vendor/",
            "/favicon.ico", "/password/", "/api/password-resets", "/error");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> administratorRequiredFilter(
            People people, ApiProblems problems, MessageSource messages,
            @Value("${partner-program.demo.enabled}") boolean demo,
            @Value("${partner-program.people.require-admin}") boolean required) {
        AtomicBoolean adminSeen = new AtomicBoolean(demo || !required);
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (adminSeen.get() || open(request) || seen(people, adminSeen)) {
                    chain.doFilter(request, response);
                    return;
                }
                response.setHeader(HttpHeaders.RETRY_AFTER, "60");
                if (ApiProblems.isApi(request)) {
                    problems.write(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, Message.of("problem.noAdmin"));
                    return;
                }
                Locale locale = problems.locale(request);
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setContentType("text/html;charset=UTF-8");
                String title = HtmlUtils.htmlEscape(messages.getMessage("people.setup.title", null, locale));
                String text = HtmlUtils.htmlEscape(messages.getMessage("people.setup.text", null, locale));
                response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                        + "<title>" + title + "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
                        + "/webjars/bootstrap/css/bootstrap.min.css\"></head><body><main class=\"container py-5\" id=\"no-admin\">"
                        + "<h1 class=\"h3\">" + title + "</h1><p class=\"lead\">" + text + "</p></main></body></html>");
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        // Before Spring Security: nobody can sign in yet, and a sign-in page would only mislead.
        registration.setOrder(-200);
        registration.addUrlPatterns("/*");
        return registration;
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/favicon.ico") || OPEN.stream().anyMatch(path::startsWith);
    }

    /** A database out of reach is not "no administrator": the request goes on and meets the usual 503 there. */
    private static boolean seen(People people, AtomicBoolean adminSeen) {
        try {
            if (people.anyActiveAdmin()) {
                adminSeen.set(true);
            }
            return adminSeen.get();
        } catch (RuntimeException e) {
            return true;
        }
    }
}

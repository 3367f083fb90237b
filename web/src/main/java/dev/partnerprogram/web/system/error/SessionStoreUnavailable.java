package dev.partnerprogram.web.system.error;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * UI sessions live in the database: a request whose session cannot be read or written because the database is down
 * fails before it reaches a controller, outside every handler that answers 503. This filter, around Spring Session's,
 * answers it 503 with {@code Retry-After} (the page {@code error/503}, problem+json under {@code /api/}), and renders that
 * error without the session cookie, so that the error page does not try the database again.
 */
@Configuration(proxyBeanMethods = false)
public class SessionStoreUnavailable {
    private static final Logger log = LoggerFactory.getLogger(SessionStoreUnavailable.class);
    private static final String FAILED = SessionStoreUnavailable.class.getName() + ".FAILED";

    @Bean
    FilterRegistrationBean<Filter> sessionStoreUnavailableFilter(
            @Value("${partner-program.unavailable-retry-after}") Duration retryAfter,
            @Value("${server.servlet.session.cookie.name:SESSION}") String sessionCookie) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Guard(retryAfter, sessionCookie));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        registration.setName("sessionStoreUnavailable");
        return registration;
    }

    static final class Guard implements Filter {
        private final Duration retryAfter;
        private final String sessionCookie;

        Guard(Duration retryAfter, String sessionCookie) {
            this.retryAfter = retryAfter;
            this.sessionCookie = sessionCookie;
        }

        @Override
        public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) req;
            HttpServletResponse response = (HttpServletResponse) res;
            if (request.getDispatcherType() == DispatcherType.ERROR && request.getAttribute(FAILED) != null) {
                chain.doFilter(new WithoutCookie(request, sessionCookie), response);
                return;
            }
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException | RuntimeException failure) {
                if (response.isCommitted() || request.getAttribute(FAILED) != null || !DatabaseUnavailable.causedBy(failure)) {
                    throw failure;
                }
                log.warn("Database unavailable for {} (session store): {}", request.getRequestURI(), failure.toString());
                request.setAttribute(FAILED, Boolean.TRUE);
                DatabaseUnavailablePages.respond(response, retryAfter);
            }
        }
    }

    /** The request as if the browser had sent no session cookie. */
    static final class WithoutCookie extends HttpServletRequestWrapper {
        private final String name;

        WithoutCookie(HttpServletRequest request, String name) {
            super(request);
            this.name = name;
        }

        @Override
        public Cookie[] getCookies() {
            Cookie[] cookies = super.getCookies();
            return cookies == null ? null : Arrays.stream(cookies).filter(c -> !c.getName().equals(name)).toArray(Cookie[]::new);
        }
    }
}

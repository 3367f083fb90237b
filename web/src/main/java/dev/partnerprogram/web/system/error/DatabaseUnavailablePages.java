package dev.partnerprogram.web.system.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page whose database is out of reach answers 503 (the page {@code error/503}, which needs no data) instead of the
 * generic error page. It is asked before Spring's own resolvers: a lost connection met while resolving the caller
 * otherwise ended as an empty 200. The API answers problem+json in its own handler.
 */
@Component
public class DatabaseUnavailablePages implements HandlerExceptionResolver, Ordered {
    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailablePages.class);

    private final Duration retryAfter;

    DatabaseUnavailablePages(@Value("${partner-program.unavailable-retry-after}") Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") || !DatabaseUnavailable.causedBy(failure)) {
            return null;
        }
        log.warn("Database unavailable for {}: {}", request.getRequestURI(), failure.toString());
        try {
            respond(response, retryAfter);
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    /** Boot's error page renders the 503 template for the status. */
    public static void respond(HttpServletResponse response, Duration retryAfter) throws IOException {
        DatabaseUnavailable.setRetryAfter(response, retryAfter);
        response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
    }

    /** After the upload-limit resolvers, before everything else. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }
}

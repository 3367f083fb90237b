package dev.partnerprogram.web.system.error;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An API upload over the multipart limit fails while the body is parsed, before any controller is chosen, so the
 * API's controller advice never sees it; this answers it as problem+json like every other API error.
 */
@Component
class ApiUploadLimitResolver implements HandlerExceptionResolver, Ordered {
    private final ApiProblems problems;

    ApiUploadLimitResolver(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(ex instanceof MaxUploadSizeExceededException) || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        try {
            problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE.value());
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

package dev.partnerprogram.web.system.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
    private final ObjectMapper json;

    ApiUploadLimitResolver(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(ex instanceof MaxUploadSizeExceededException) || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return null;
        }
        try {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), ApiExceptionHandler.problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large",
                    "The upload is larger than the limit"));
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

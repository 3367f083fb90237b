package dev.partnerprogram.web.system.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page for an upload over the multipart limit. The request fails while its body is parsed, before a handler is
 * chosen, so no controller advice applies; Spring's default answer is a bare 413 whose error page fails the same
 * way, leaving the browser an empty response. The API keeps its own answer.
 */
@Component
public class UploadLimitExceptionResolver implements HandlerExceptionResolver, Ordered {
    static final String VIEW_TOO_LARGE = "error/413";

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(ex instanceof MaxUploadSizeExceededException) || isApi(request)) {
            return null;
        }
        ModelAndView page = new ModelAndView(VIEW_TOO_LARGE);
        page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        return page;
    }

    /** On the error dispatch that follows a failed API request the URI is /error; the original one says where it came from. */
    private static boolean isApi(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String s ? s : request.getRequestURI();
        return uri.startsWith(request.getContextPath() + "/api/");
    }

    /** Before Spring's default resolver, which would answer with a bare status. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}

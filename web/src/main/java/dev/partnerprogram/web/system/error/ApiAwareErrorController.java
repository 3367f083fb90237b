package dev.partnerprogram.web.system.error;

import dev.partnerprogram.web.system.page.PageController;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's error dispatch ({@code /error}), which answers what failed before or outside a controller: no handler
 * for the path (404), a wrong method (405), a body the endpoint does not consume (415), a {@code sendError} anywhere.
 * Pages keep Boot's error pages; a request to the API gets problem+json with a code, whatever it accepts.
 */
@PageController
@RequestMapping("${server.error.path:${error.path:/error}}")
class ApiAwareErrorController extends BasicErrorController {
    private final ApiProblems problems;

    ApiAwareErrorController(ErrorAttributes errorAttributes, ServerProperties server, ObjectProvider<ErrorViewResolver> resolvers,
                            ApiProblems problems) {
        super(errorAttributes, server.getError(), resolvers.orderedStream().toList());
        this.problems = problems;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (ApiProblems.isApi(request)) {
            writeProblem(request, response);
            return null;
        }
        return super.errorHtml(request, response);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (ApiProblems.isApi(request)) {
            writeProblem(request, ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse());
            return null;
        }
        return super.error(request);
    }

    private void writeProblem(HttpServletRequest request, HttpServletResponse response) {
        try {
            problems.write(request, response, getStatus(request).value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

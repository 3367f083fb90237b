package dev.partnerprogram.support;

import dev.partnerprogram.web.system.page.PageController;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The GET routes of the page controllers that answer with a view (a view name); downloads and the diagrams' JSON
 * answer with a body instead. Literal patterns first, so that {@code /events/new} is not taken for {@code /events/{id}}.
 * The page walks (browser and MockMvc) visit the same routes.
 */
public final class PageRoutes {
    private final List<PathPattern> routes = new ArrayList<>();

    public PageRoutes(RequestMappingHandlerMapping mappings) {
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod handler = mapping.getValue();
            RequestMappingInfo info = mapping.getKey();
            if (handler.getBeanType().isAnnotationPresent(PageController.class)
                    && info.getMethodsCondition().getMethods().contains(RequestMethod.GET)
                    && handler.getMethod().getReturnType() == String.class
                    && info.getPathPatternsCondition() != null) {
                routes.addAll(info.getPathPatternsCondition().getPatterns());
            }
        }
        routes.sort(PathPattern.SPECIFICITY_COMPARATOR);
    }

    public List<String> patterns() {
        return routes.stream().map(PathPattern::getPatternString).toList();
    }

    public int size() {
        return routes.size();
    }

    /** The route of a path with an optional query, if it is a page. */
    public Optional<String> routeOf(String path) {
        PathContainer container = PathContainer.parsePath(URI.create(path).getRawPath());
        return routes.stream().filter(p -> p.matches(container)).findFirst().map(PathPattern::getPatternString);
    }
}

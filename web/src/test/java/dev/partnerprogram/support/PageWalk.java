package dev.partnerprogram.support;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Breadth first through the links of a user's pages: each link once, and only a few pages of each route (detail pages
 * of one kind share a template). The page walks (browser and MockMvc) open what it hands out and give it the links found.
 */
public final class PageWalk {
    private final PageRoutes routes;
    private final int pagesPerRoute;
    private final Deque<String> queue = new ArrayDeque<>();
    private final Set<String> seen = new LinkedHashSet<>();
    private final Map<String, Integer> perRoute = new HashMap<>();

    public record Page(String path, String route) {}

    public PageWalk(PageRoutes routes, int pagesPerRoute, Collection<String> start) {
        this.routes = routes;
        this.pagesPerRoute = pagesPerRoute;
        follow(start);
    }

    /** The next page to open, or empty when the walk is over. */
    public Optional<Page> next() {
        while (!queue.isEmpty()) {
            String path = queue.poll();
            Optional<String> route = routes.routeOf(path);
            if (route.isPresent() && perRoute.merge(route.get(), 1, Integer::sum) <= pagesPerRoute) {
                return Optional.of(new Page(path, route.get()));
            }
        }
        return Optional.empty();
    }

    public void follow(Collection<String> links) {
        for (String link : links) {
            if (seen.add(link)) {
                queue.add(link);
            }
        }
    }
}

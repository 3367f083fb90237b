package dev.partnerprogram.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.partnerprogram.support.BrowserTest;
import dev.partnerprogram.support.DemoPagesApplication;
import dev.partnerprogram.support.PageRoutes;
import dev.partnerprogram.support.PageWalk;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every page as each demo user sees it: the test signs in, follows every link of the application from the start page
 * (a few of each kind of detail page), and on each page runs axe-core and reads the browser's console. It fails on any
 * critical or serious accessibility violation, on any content security policy violation, and on a page of a
 * {@link PageController} that no user reached (a new page must be linked from somewhere a demo user can go).
 * One application and one browser for all users (only with {@code -Pbrowser}).
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DemoPagesApplication
class EveryPageBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Detail pages of one kind share a template; a few of them show its states without visiting every subject. */
    private static final int PAGES_PER_ROUTE = 2;
    private static final Set<String> FAILING_IMPACTS = Set.of("critical", "serious");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private WebDriver browser;
    private WebDriverWait wait;
    private PageRoutes pages;
    private final Set<String> reached = new TreeSet<>();
    private final Set<String> axeChecked = new HashSet<>();
    private final List<String> problems = new ArrayList<>();
    private int visited;

    @BeforeAll
    void openBrowser() throws IOException {
        browser = BrowserTest.headlessChromium("1366,900", "every-page");
        wait = new WebDriverWait(browser, WAIT);
        pages = new PageRoutes(mappings);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageOfEveryRoleIsAccessibleAndKeepsToTheContentSecurityPolicy() {
        crawl(null, null, "/", "/login", "/register", "/password/set?token=no-such-link",
                "/invitations/accept?token=no-such-link", "/registrations/confirm?token=no-such-link");
        // The marketing and sales demo data follow the partner's status grant, an asynchronous step: wait for its last item.
        signIn("partner", "partner");
        wait.until(d -> {
            open("/events");
            return links().stream().anyMatch(link -> link.matches("/events/\\d+"));
        });
        signOut();
        // The demo has no webhook: one through the API, so that its pages are reached too.
        post("admin", "/api/admin/webhooks", "{\"url\":\"https://crm.example/hooks\",\"events\":[\"deal.won\"],"
                + "\"secret\":\"every-page-secret-0123\"}");
        // An agreement's own page is linked only from earlier ones, which the demo has none of: start there too.
        long partnerId = get("partner", "/api/me").get("partnerId").asLong();
        crawl("partner", "partner", "/partners/" + partnerId + "/agreements/"
                + get("partner", "/api/partners/" + partnerId + "/agreements").get("items").get(0).get("id").asLong());
        crawl("beta@beta.example", "beta-demo-1");
        crawl("gamma@gamma.example", "gamma-demo-1");
        crawl("delta@delta.example", "delta-demo-1");
        crawl("reviewer", "reviewer");
        crawl("manager", "manager");
        crawl("admin", "admin");

        System.out.printf("EveryPageBrowserTest: %d page loads, %d of %d routes, %d problems%n", visited, reached.size(),
                pages.size(), problems.size());
        assertThat(problems).isEmpty();
        assertThat(reached).containsAll(pages.patterns());
    }

    /** Breadth first through the links of the signed-in user's pages, from the page the sign-in lands on. */
    private void crawl(String username, String password, String... start) {
        List<String> first = new ArrayList<>();
        if (username != null) {
            signIn(username, password);
            first.add(pathOf(browser.getCurrentUrl()));
        }
        first.addAll(List.of(start));
        String who = username == null ? "anonymous" : username;
        PageWalk walk = new PageWalk(pages, PAGES_PER_ROUTE, first);
        for (Optional<PageWalk.Page> page = walk.next(); page.isPresent(); page = walk.next()) {
            open(page.get().path());
            visited++;
            // axe-core reads the page's template, which the route's second page shares: it runs once per route and
            // user (half of this test's time was axe on second pages), the console's CSP reports on every page.
            boolean firstOfRoute = axeChecked.add(who + " " + page.get().route());
            reached.add(page.get().route());
            check(who, page.get().path(), firstOfRoute);
            walk.follow(links());
        }
        if (username != null) {
            signOut();
        }
    }

    private void check(String who, String path, boolean withAxe) {
        // Legacy mode runs axe in the page itself: the pages have no frames, and the default opens a window per run.
        for (Rule rule : withAxe ? new AxeBuilder().setLegacyMode(true).analyze(browser).getViolations() : List.<Rule>of()) {
            if (FAILING_IMPACTS.contains(rule.getImpact())) {
                report("%s %s: %s %s (%d) %s".formatted(who, path, rule.getImpact(), rule.getId(), rule.getNodes().size(),
                        rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList()));
            }
        }
        browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .forEach(m -> report("%s %s: CSP %s".formatted(who, path, m)));
    }

    /** Printed as found too, so that a long run shows its findings before it ends. */
    private void report(String problem) {
        System.out.println("EveryPageBrowserTest problem: " + problem);
        problems.add(problem);
    }

    /** Same-origin links without their fragment; switching the language is left to the language tests. */
    @SuppressWarnings("unchecked")
    private List<String> links() {
        List<String> hrefs = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('a[href]')).map(a => a.href);");
        String origin = "http://localhost:" + port;
        return hrefs.stream().filter(h -> h.startsWith(origin + "/")).map(this::pathOf)
                .filter(p -> !p.contains("lang=")).toList();
    }

    private String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }


    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void signIn(String username, String password) {
        open("/login?lang=ru");
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void signOut() {
        browser.findElement(By.cssSelector("form[action='/logout']")).submit();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        browser.manage().logs().get(LogType.BROWSER);
    }

    private void post(String user, String path, String json) {
        send(user, path, java.net.http.HttpRequest.newBuilder().header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)), 201);
    }

    private com.fasterxml.jackson.databind.JsonNode get(String user, String path) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(send(user, path,
                    java.net.http.HttpRequest.newBuilder().GET(), 200));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A demo user's API call (their password is their name), which must answer {@code expected}; its body. */
    private String send(String user, String path, java.net.http.HttpRequest.Builder request, int expected) {
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(request
                    .uri(java.net.URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + user)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}

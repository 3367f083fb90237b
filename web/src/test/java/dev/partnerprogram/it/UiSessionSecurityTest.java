package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The UI's session as a browser keeps it, over real HTTP through Tomcat: a new session id at sign-in, the session
 * cookie's flags and HSTS behind a TLS-terminating proxy, and CSRF protection on every form the UI accepts.
 */
class UiSessionSecurityTest extends IntegrationTest {
    private static final Pattern SESSION_COOKIE = Pattern.compile("SESSION=([^;]+)");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Set<RequestMethod> UNSAFE = EnumSet.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE,
            RequestMethod.PATCH);
    /** Handled by Spring Security's filters rather than by a controller, so not in the handler mapping. */
    private static final List<String> FILTER_FORMS = List.of("POST /login", "POST /logout");

    private static final String NO_SUCH_ID = "987654321";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void signingIn_issuesANewSessionId_andTheOldOneStaysAnonymous() {
        Scenario.Partner partner = scenario.registerCompany("ru");
        HttpResponse<String> loginPage = send(get("/login"), null);
        String before = sessionId(loginPage).orElseThrow(() -> new AssertionError("the login page opens no session"));

        HttpResponse<String> signedIn = signIn(before, csrf(loginPage.body()), partner.email(), partner.password());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/home");
        String after = sessionId(signedIn).orElseThrow(() -> new AssertionError("sign-in kept the session id"));
        assertThat(after).isNotEqualTo(before);
        assertThat(send(get("/home"), after).statusCode()).isEqualTo(200);
        HttpResponse<String> withOldId = send(get("/home"), before);
        assertThat(withOldId.statusCode()).isEqualTo(302);
        // The old id names no session any more: the sign-in page (which says that the session expired).
        assertThat(withOldId.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    void behindATlsProxy_theSessionCookieIsSecureHttpOnlySameSite_andHstsIsSent() {
        HttpResponse<String> direct = send(get("/login"), null);
        HttpResponse<String> proxied = send(get("/login").header("X-Forwarded-Proto", "https"), null);

        String cookie = sessionCookie(proxied);
        assertThat(cookie).containsIgnoringCase("; Secure").containsIgnoringCase("; HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(hsts ->
                assertThat(hsts).contains("max-age="));
        // Over plain HTTP a browser would drop a Secure cookie and must not be told to insist on HTTPS.
        assertThat(sessionCookie(direct)).containsIgnoringCase("; HttpOnly").doesNotContainIgnoringCase("; Secure");
        assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void everyUiFormAction_isRefusedWithoutACsrfToken_andAcceptedPastCsrfWithOne() {
        Scenario.Partner partner = scenario.registerCompany("ru");
        jdbc.update("update partner_company set status = 'AUTHORIZED' where id = ?", partner.partnerId());
        // One user who holds every role, of a partner with a status, so that only the missing token can be the reason for
        // a refusal; ids in the paths name nothing, so a form that got past CSRF answers 404 rather than act.
        String username = "it-every-role-" + partner.partnerId();
        users.save(new AppUser(username, username + "@vendor.example", passwordEncoder.encode(STAFF_PASSWORD), username, "ru",
                EnumSet.allOf(Role.class), ReviewerGroups.ALL, partner.partnerId(), clock.instant()));
        // Other tests mail the managers and count who may be given a task: the user leaves with this test.
        try {
            HttpResponse<String> loginPage = send(get("/login"), null);
            String session = sessionId(signIn(sessionId(loginPage).orElseThrow(), csrf(loginPage.body()), username, STAFF_PASSWORD))
                    .orElseThrow();
            String token = csrf(send(get("/home"), session).body());

            Set<String> forms = new TreeSet<>(FILTER_FORMS);
            mappings.getHandlerMethods().keySet().forEach(info -> {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods().isEmpty()
                        ? Set.of(RequestMethod.POST) : info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (!pattern.startsWith("/api/")) {
                        methods.stream().filter(UNSAFE::contains).forEach(method -> forms.add(method + " " + pattern));
                    }
                }
            });
            assertThat(forms).as("the UI's form actions").hasSizeGreaterThan(FILTER_FORMS.size() + 20);

            List<String> failures = new ArrayList<>();
            // Logout last: it ends the session the others use.
            List<String> order = forms.stream().sorted((a, b) -> Boolean.compare(a.endsWith("/logout"), b.endsWith("/logout")))
                    .collect(Collectors.toList());
            for (String form : order) {
                String method = form.substring(0, form.indexOf(' '));
                String path = form.substring(form.indexOf(' ') + 1).replaceAll("\\{[^}]+}", NO_SUCH_ID);
                int withoutToken = send(form(method, path, Map.of("comment", "x")), session).statusCode();
                int withToken = send(form(method, path, Map.of("comment", "x", "_csrf", token)), session).statusCode();
                if (withoutToken != 403) {
                    failures.add(form + " without a token answered " + withoutToken);
                }
                if (withToken == 403) {
                    failures.add(form + " with the token was refused as well, so the check above proves nothing");
                }
            }
            System.out.printf("CSRF: %d form actions checked%n", forms.size());
            assertThat(failures).isEmpty();
        } finally {
            users.findByUsername(username).ifPresent(users::delete);
        }
    }

    private HttpResponse<String> signIn(String session, String csrf, String username, String password) {
        return send(form("POST", "/login", Map.of("username", username, "password", password, "_csrf", csrf)), session);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder form(String method, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String session) {
        if (session != null) {
            request.header("Cookie", "SESSION=" + session);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> sessionId(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).findFirst();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    private static String csrf(String page) {
        Matcher token = CSRF_FIELD.matcher(page);
        assertThat(token.find()).as("a form with a CSRF field on the page").isTrue();
        return token.group(1);
    }
}

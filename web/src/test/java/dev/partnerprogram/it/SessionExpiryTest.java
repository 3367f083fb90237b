package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A session that ended while the browser still holds its cookie, over real HTTP: the session is only ever in a cookie
 * (no {@code ;jsessionid} in links), static files and WebJars are served regardless, a page leads to the sign-in page
 * that says the session expired, and a form posted with it leads there too (told that the input was lost), and back to
 * the form's page after signing in.
 */
class SessionExpiryTest extends IntegrationTest {
    static final String SESSION_COOKIE_NAME = "SESSION";
    private static final Pattern SESSION_COOKIE = Pattern.compile(SESSION_COOKIE_NAME + "=([^;]+)");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void linksNeverCarryTheSessionId_andStaticFilesAreServedWithAnExpiredSession() {
        HttpResponse<String> firstVisit = send(get("/login"), null);
        assertThat(sessionId(firstVisit)).as("the sign-in page opens a session (its CSRF token)").isPresent();
        assertThat(firstVisit.body()).doesNotContainIgnoringCase("jsessionid").contains("/webjars/bootstrap/");

        String expired = expiredSession();
        for (String path : new String[] {"/css/app.css", "/js/app.js", "/webjars/bootstrap/css/bootstrap.min.css"}) {
            HttpResponse<String> response = send(get(path), expired);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).isNotEmpty();
        }
    }

    @Test
    void aPageAskedForWithAnExpiredSession_leadsToTheSignInPageSayingSo_andBackAfterSigningIn() {
        Scenario.Partner partner = scenario.registerCompany("ru");
        String expired = expiredSession();

        HttpResponse<String> page = send(get("/applications"), expired);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(location(page)).endsWith("/login?expired");
        String session = sessionId(page).orElse(expired);
        HttpResponse<String> login = send(get("/login?expired").header("Accept-Language", "en"), session);
        assertThat(login.body()).contains("Your session has expired");
        HttpResponse<String> signedIn = signIn(session, csrf(login.body()), partner.email(), partner.password());
        assertThat(location(signedIn)).contains("/applications");
    }

    @Test
    void aFormPostedWithAnExpiredSession_leadsToTheSignInPageSayingTheInputWasLost_andBackToTheFormAfterSigningIn() {
        Scenario.Partner partner = scenario.registerCompany("ru");
        HttpResponse<String> loginPage = send(get("/login"), null);
        String session = sessionId(signIn(sessionId(loginPage).orElseThrow(), csrf(loginPage.body()), partner.email(),
                partner.password())).orElseThrow();
        HttpResponse<String> form = send(get("/applications/new"), session);
        assertThat(form.statusCode()).isEqualTo(200);
        String token = csrf(form.body());
        // The session ends while the form is open (here: signed out in another tab; a timeout or a node's restart alike).
        assertThat(send(form("/logout", Map.of("_csrf", token)), session).statusCode()).isEqualTo(302);

        HttpResponse<String> posted = send(form("/applications/new", Map.of("_csrf", token, "companyName", "typed"))
                .header("Referer", uri("/applications/new").toString()), session);

        assertThat(posted.statusCode()).as("not the bare 403 of a forged form").isEqualTo(302);
        assertThat(location(posted)).endsWith("/login?expired=form");
        String fresh = sessionId(posted).orElseThrow(() -> new AssertionError("no session to keep the way back"));
        HttpResponse<String> ru = send(get("/login?expired=form"), fresh);
        assertThat(ru.statusCode()).isEqualTo(200);
        assertThat(ru.body()).contains("Сеанс истёк, пока форма была открыта").contains("/css/app.css");
        HttpResponse<String> en = send(get("/login?expired=form").header("Accept-Language", "en"), fresh);
        assertThat(en.body()).contains("what you entered was not saved");

        HttpResponse<String> signedIn = signIn(fresh, csrf(ru.body()), partner.email(), partner.password());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn)).endsWith("/applications/new");
        String after = sessionId(signedIn).orElse(fresh);
        assertThat(send(get("/applications/new"), after).statusCode()).isEqualTo(200);
        // The way back is used once: the next sign-in goes home.
        HttpResponse<String> again = send(get("/login"), null);
        assertThat(location(signIn(sessionId(again).orElseThrow(), csrf(again.body()), partner.email(), partner.password())))
                .endsWith("/home");
    }

    @Test
    void aFormForgedOrPostedWithAForeignToken_isStillRefused() {
        Scenario.Partner partner = scenario.registerCompany("ru");
        HttpResponse<String> loginPage = send(get("/login"), null);
        String session = sessionId(signIn(sessionId(loginPage).orElseThrow(), csrf(loginPage.body()), partner.email(),
                partner.password())).orElseThrow();

        HttpResponse<String> forged = send(form("/applications/new", Map.of("_csrf", "not-the-token"))
                .header("Referer", "https://elsewhere.example/applications/new"), session);

        assertThat(forged.statusCode()).isEqualTo(403);
    }

    /** A session id the server knew and no longer does. */
    private String expiredSession() {
        HttpResponse<String> loginPage = send(get("/login"), null);
        String session = sessionId(loginPage).orElseThrow();
        assertThat(send(form("/logout", Map.of("_csrf", csrf(loginPage.body()))), session).statusCode()).isEqualTo(302);
        return session;
    }

    private HttpResponse<String> signIn(String session, String csrf, String username, String password) {
        return send(form("/login", Map.of("username", username, "password", password, "_csrf", csrf)), session);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).GET();
    }

    private HttpRequest.Builder form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String session) {
        if (session != null) {
            request.header("Cookie", SESSION_COOKIE_NAME + "=" + session);
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

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static Optional<String> sessionId(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).filter(id -> !id.isEmpty()).findFirst();
    }

    private static String csrf(String page) {
        Matcher token = CSRF_FIELD.matcher(page);
        assertThat(token.find()).as("a form with a CSRF field on the page").isTrue();
        return token.group(1);
    }
}

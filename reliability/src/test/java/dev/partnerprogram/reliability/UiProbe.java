package dev.partnerprogram.reliability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's view of one node: the sign-in form and a page behind it, with the session cookie and CSRF token. */
final class UiProbe {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    record Page(int status, String body, String contentType, String node) {
        @Override
        public String toString() {
            String text = body.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").trim();
            return status + " " + contentType + (node.isEmpty() ? "" : " from node " + node) + ", " + body.length() + " characters: "
                    + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
        }
    }

    private final String base;
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();

    UiProbe(AppNode node) {
        this("http://127.0.0.1:" + node.port());
    }

    /** Through a reverse proxy, or anything else at that address. */
    UiProbe(String base) {
        this.base = base;
    }

    /**
     * Posts the sign-in form; a 302 to the home page is a success, to {@code /login?error} a refusal. A sign-in page
     * that does not open (503 while the database, which keeps its session, is down) is answered as it is.
     */
    Page signIn(String username, String password) {
        Page form = get("/login");
        if (form.status() != 200) {
            return form;
        }
        Matcher token = CSRF.matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page (" + form.status() + ")");
        }
        String body = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        return send(HttpRequest.newBuilder(URI.create(base + "/login")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Opens the page and posts its first form (the sign-out form of the navigation bar, say) to {@code action}. */
    Page submitFrom(String page, String action) {
        Page form = get(page);
        Matcher token = CSRF.matcher(form.body());
        if (form.status() != 200 || !token.find()) {
            return form;
        }
        return send(HttpRequest.newBuilder(URI.create(base + action)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(token.group(1)))));
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = browser.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            String location = response.headers().firstValue("Location").orElse("");
            return new Page(response.statusCode(), response.statusCode() / 100 == 3 ? location : response.body(),
                    response.headers().firstValue("Content-Type").orElse("-"),
                    response.headers().firstValue(ReverseProxy.NODE_HEADER).orElse(""));
        } catch (IOException e) {
            return new Page(0, e.toString(), "-", "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

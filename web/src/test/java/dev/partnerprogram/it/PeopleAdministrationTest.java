package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Staff accounts made by administrators, passwords set and reset through single-use mailed links, the last
 * administrator kept, and the people audit — on PostgreSQL, with the mail delivered by SMTP (GreenMail).
 */
class PeopleAdministrationTest extends IntegrationTest {
    private static final Pattern LINK = Pattern.compile("/password/set\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern SESSION_COOKIE = Pattern.compile("(JSESSIONID|SESSION)=([^;]+)");
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anAdministratorCreatesAStaffMember_whoSetsThePasswordOnceThroughTheMailedLink_andWorksInTheGivenGroups() {
        String name = "it-staff-" + UUID.randomUUID().toString().substring(0, 8);
        String email = name + "@vendor.example";

        var created = scenario.admin().post("/api/admin/users", Map.of("username", name, "displayName", "Сотрудник Обучения",
                "email", email, "roles", List.of("REVIEWER"), "groups", List.of("training"), "language", "en"));

        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        assertThat(created.getHeaders().getLocation()).hasToString("/api/admin/users/" + name);
        assertThat(created.getBody().get("active").asBoolean()).isTrue();
        String token = linkMailedTo(email, "Your account in the Directum Partner Program");
        assertThat(api.as(name, "whatever-it-was").get("/api/me").getStatusCode().value())
                .as("no password works before the link is used").isEqualTo(401);

        assertThat(api.anonymous().post("/api/password-resets/" + token, Map.of("password", "training-room-42"))
                .getStatusCode().value()).isEqualTo(204);
        var me = api.as(name, "training-room-42").get("/api/me");
        assertThat(me.getStatusCode().value()).isEqualTo(200);
        assertThat(me.getBody().get("roles").toString()).isEqualTo("[\"REVIEWER\"]");
        assertThat(users.findEnabledInGroup("training")).extracting(u -> u.getUsername()).contains(name);
        var again = api.anonymous().post("/api/password-resets/" + token, Map.of("password", "another-room-43"));
        assertThat(again.getStatusCode().value()).as("a used link").isEqualTo(410);
        assertThat(again.getBody().get("code").asText()).isEqualTo("gone.link");

        // Groups come from the account: moving the reviewer to finance takes training's tasks away at once.
        var changed = scenario.admin().put("/api/admin/users/" + name, Map.of("groups", List.of("finance")));
        assertThat(changed.getStatusCode().value()).isEqualTo(200);
        assertThat(users.findEnabledInGroup("training")).extracting(u -> u.getUsername()).doesNotContain(name);
        assertThat(users.findEnabledInGroup("finance")).extracting(u -> u.getUsername()).contains(name);

        assertThat(scenario.admin().put("/api/admin/users/" + name, Map.of("active", false)).getStatusCode().value()).isEqualTo(200);
        assertThat(api.as(name, "training-room-42").get("/api/me").getStatusCode().value())
                .as("a deactivated account cannot sign in").isEqualTo(401);

        JsonNode audit = scenario.admin().get("/api/admin/audit?subject=" + name + "&size=50").getBody();
        assertThat(audit.get("items").findValuesAsText("action")).containsExactly("USER_DEACTIVATED", "USER_CHANGED",
                "PASSWORD_SET", "PASSWORD_LINK_SENT", "USER_CREATED");
        assertThat(audit.get("items").get(0).get("actor").asText()).isEqualTo("it-admin");
        assertThat(scenario.admin().get("/api/admin/audit?subject=" + name + "&action=PASSWORD_SET").getBody().get("total").asInt())
                .isEqualTo(1);
    }

    @Test
    void badStaffInput_isRefusedWithEveryField_andADuplicateNameIsAConflict() {
        var bad = scenario.admin().post("/api/admin/users", Map.of("username", "Bad Name", "displayName", "",
                "email", "not-an-address", "roles", List.of("PARTNER"), "groups", List.of("nobody")));

        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody().get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("username", "displayName", "email", "roles", "groups");
        var duplicate = scenario.admin().post("/api/admin/users", Map.of("username", "it-reviewer", "displayName", "Двойник",
                "email", "twin@vendor.example", "roles", List.of("REVIEWER")));
        assertThat(duplicate.getStatusCode().value()).isEqualTo(409);
        assertThat(scenario.reviewer().get("/api/admin/users").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theLastActiveAdministrator_cannotBeDeactivatedNorLoseTheRole() {
        String other = "it-admin-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(scenario.admin().post("/api/admin/users", Map.of("username", other, "displayName", "Второй",
                "email", other + "@vendor.example", "roles", List.of("ADMIN"))).getStatusCode().value()).isEqualTo(201);
        assertThat(scenario.admin().put("/api/admin/users/" + other, Map.of("active", false)).getStatusCode().value())
                .as("another administrator is left").isEqualTo(200);

        List<Long> otherAdmins = jdbc.queryForList("select id from app_user where enabled and roles like '%ADMIN%' "
                + "and username <> 'it-admin'", Long.class);
        jdbc.update("update app_user set enabled = false where id in (" + ids(otherAdmins) + ")");
        try {
            var deactivate = scenario.admin().put("/api/admin/users/it-admin", Map.of("active", false));
            assertThat(deactivate.getStatusCode().value()).isEqualTo(409);
            assertThat(deactivate.getBody().get("code").asText()).isEqualTo("conflict.lastAdmin");
            assertThat(scenario.admin().put("/api/admin/users/it-admin", Map.of("roles", List.of("MANAGER")))
                    .getStatusCode().value()).isEqualTo(409);
            assertThat(scenario.admin().get("/api/me").getStatusCode().value()).isEqualTo(200);
        } finally {
            jdbc.update("update app_user set enabled = true where id in (" + ids(otherAdmins) + ")");
        }
    }

    @Test
    void aReset_isAcceptedAlikeForAnyAddress_setsAPasswordThatPassesThePolicy_andEndsTheUsersSessions() {
        Scenario.Partner partner = scenario.registerCompany("en");
        String session = signIn(partner.email(), partner.password());
        assertThat(send(page("/home"), session).statusCode()).isEqualTo(200);

        var unknown = api.anonymous().post("/api/password-resets", Map.of("email", "nobody-" + UUID.randomUUID() + "@nowhere.example"));
        var known = api.anonymous().post("/api/password-resets", Map.of("email", partner.email().toUpperCase()));
        assertThat(unknown.getStatusCode().value()).isEqualTo(202);
        assertThat(known.getStatusCode().value()).isEqualTo(202);
        assertThat(unknown.getBody()).as("no difference a caller could read").isEqualTo(known.getBody());
        String token = linkMailedTo(partner.email(), "Setting a new password");

        var common = api.anonymous().post("/api/password-resets/" + token, Map.of("password", "Password123"));
        assertThat(common.getStatusCode().value()).isEqualTo(400);
        assertThat(common.getBody().get("errors").get(0).get("field").asText()).isEqualTo("password");
        assertThat(common.getBody().get("errors").get(0).get("code").asText()).isEqualTo("error.passwordCommon");
        var tooShort = api.anonymous().post("/api/password-resets/" + token, Map.of("password", "short"));
        assertThat(tooShort.getBody().get("errors").get(0).get("code").asText()).isEqualTo("error.minLength");

        assertThat(api.anonymous().post("/api/password-resets/" + token, Map.of("password", "a-new-long-secret"))
                .getStatusCode().value()).isEqualTo(204);
        assertThat(api.as(partner.email(), partner.password()).get("/api/me").getStatusCode().value()).isEqualTo(401);
        assertThat(api.as(partner.email(), "a-new-long-secret").get("/api/me").getStatusCode().value()).isEqualTo(200);
        HttpResponse<String> oldSession = send(page("/home"), session);
        assertThat(oldSession.statusCode()).as("the session signed in before the reset").isEqualTo(302);
        assertThat(oldSession.headers().firstValue("Location").orElse("")).endsWith("/login?passwordChanged");
        String fresh = signIn(partner.email(), "a-new-long-secret");
        assertThat(send(page("/home"), fresh).statusCode()).isEqualTo(200);
    }

    @Test
    void aResetLink_expiresAfterItsHour() {
        Scenario.Partner partner = scenario.registerCompany("en");
        api.anonymous().post("/api/password-resets", Map.of("email", partner.email()));
        String token = linkMailedTo(partner.email(), "Setting a new password");

        simulatedClock.moveTo(clock.instant().plus(Duration.ofMinutes(61)));

        assertThat(api.anonymous().post("/api/password-resets/" + token, Map.of("password", "a-new-long-secret"))
                .getStatusCode().value()).isEqualTo(410);
        assertThat(send(page("/password/set?token=" + token), null).statusCode()).isEqualTo(410);
        assertThat(api.as(partner.email(), partner.password()).get("/api/me").getStatusCode().value()).isEqualTo(200);
        assertThat(api.anonymous().post("/api/password-resets", Map.of("email", "not an address")).getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void thePages_listAndCreateStaff_showTheAudit_andSetAPassword() throws Exception {
        String name = "it-page-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/users").with(user("it-admin").roles("ADMIN")).with(csrf())
                        .param("username", name).param("displayName", "Страничный").param("email", name + "@vendor.example")
                        .param("roles", "REVIEWER").param("groups", "marketing").param("language", "ru"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/users").with(user("it-admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(name)));
        mvc.perform(get("/admin/audit").param("subject", name).param("lang", "en").with(user("it-admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("Account created")));
        mvc.perform(get("/admin/users").with(user("it-reviewer").roles("REVIEWER"))).andExpect(status().isForbidden());

        String token = linkMailedTo(name + "@vendor.example", "Ваша учётная запись в партнёрской программе Directum");
        HttpResponse<String> setPage = send(page("/password/set?token=" + token), null);
        assertThat(setPage.statusCode()).isEqualTo(200);
        assertThat(setPage.body()).contains(name);
        String session = cookie(setPage);
        HttpResponse<String> set = send(form("/password/set", Map.of("token", token, "password", "page-set-secret",
                "confirmation", "page-set-secret", "_csrf", csrfOf(setPage.body()))), session);
        assertThat(set.statusCode()).isEqualTo(302);
        assertThat(set.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(api.as(name, "page-set-secret").get("/api/me").getStatusCode().value()).isEqualTo(200);
    }

    private String linkMailedTo(String recipient, String subject) {
        return IntegrationTestMail.linkMailedTo(greenMail, recipient, subject, LINK);
    }

    private static String ids(List<Long> ids) {
        return ids.isEmpty() ? "-1" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private String signIn(String username, String password) {
        HttpResponse<String> loginPage = send(page("/login"), null);
        HttpResponse<String> signedIn = send(form("/login", Map.of("username", username, "password", password,
                "_csrf", csrfOf(loginPage.body()))), cookie(loginPage));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).endsWith("/home");
        return cookie(signedIn);
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
    }

    private HttpRequest.Builder form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** The session cookie as a Cookie header value; the servlet container's or Spring Session's. */
    private static String cookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
                .map(m -> m.group(1) + "=" + m.group(2)).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }

    private static String csrfOf(String page) {
        Matcher token = CSRF_FIELD.matcher(page);
        assertThat(token.find()).as("a form with a CSRF field on the page").isTrue();
        return token.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String cookie) {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

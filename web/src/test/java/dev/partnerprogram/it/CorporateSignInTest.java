package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Corporate sign-in of staff against a real OpenID Connect provider in the test JVM (mock-oauth2-server), configured as
 * a Keycloak realm would be (roles nested in {@code realm_access.roles}) with Entra-style group ids: the browser's
 * authorization-code flow signs a staff member in to the UI, and the provider's access tokens open the API; roles and
 * reviewer groups come from the claims; partners cannot sign in this way.
 */
class CorporateSignInTest extends IntegrationTest {
    private static final String ISSUER = "corporate";
    private static final String CLIENT = "partner-program";
    private static final String TRAINING_GROUP_ID = "6f1c0a52-training";
    private static final String PARTNER_MANAGERS_GROUP_ID = "0b9d7e11-partner-managers";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start(InetAddress.getLoopbackAddress(), 0);
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String issuer = PROVIDER.issuerUrl(ISSUER).toString();
        registry.add("spring.security.oauth2.client.registration.corporate.client-id", () -> CLIENT);
        registry.add("spring.security.oauth2.client.registration.corporate.client-secret", () -> "client-secret");
        registry.add("spring.security.oauth2.client.registration.corporate.scope", () -> "openid,profile,email");
        registry.add("spring.security.oauth2.client.provider.corporate.issuer-uri", () -> issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> issuer);
        registry.add("partner-program.oidc.roles-claim", () -> "realm_access.roles");
        registry.add("partner-program.oidc.roles.REVIEWER[0]", () -> "pp-reviewer");
        registry.add("partner-program.oidc.roles.MANAGER[0]", () -> "pp-manager");
        registry.add("partner-program.oidc.roles.ADMIN[0]", () -> "pp-admin");
        registry.add("partner-program.oidc.groups.training[0]", () -> TRAINING_GROUP_ID);
        registry.add("partner-program.oidc.groups.partner-managers[0]", () -> PARTNER_MANAGERS_GROUP_ID);
    }

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aStaffMember_signsInThroughTheProvidersBrowserFlow_withRolesAndGroupsFromTheClaims() {
        String username = "it-oidc-manager";
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "subject-" + username, "JWT", null,
                claims(username, "Мария Корпоративная", List.of("pp-manager", "pp-reviewer", "offline_access"),
                        List.of(TRAINING_GROUP_ID, PARTNER_MANAGERS_GROUP_ID, "unrelated-group")), 3600));

        HttpResponse<String> loginPage = get(URI.create("http://127.0.0.1:" + port + "/login"));
        assertThat(loginPage.body()).contains("/oauth2/authorization/corporate");
        // The browser: the application sends it to the provider, the provider (signed in there) back with a code.
        HttpResponse<String> toProvider = get(URI.create("http://127.0.0.1:" + port + "/oauth2/authorization/corporate"));
        assertThat(toProvider.statusCode()).isEqualTo(302);
        assertThat(location(toProvider)).startsWith(PROVIDER.issuerUrl(ISSUER).toString());
        HttpResponse<String> backWithCode = get(URI.create(location(toProvider)));
        assertThat(backWithCode.statusCode()).isEqualTo(302);
        assertThat(location(backWithCode)).contains("/login/oauth2/code/corporate").contains("code=");
        HttpResponse<String> signedIn = get(URI.create(location(backWithCode)));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        assertThat(location(signedIn)).endsWith("/home");

        HttpResponse<String> home = get(URI.create("http://127.0.0.1:" + port + "/home"));
        assertThat(location(home)).as("staff start at the inbox").endsWith("/inbox");
        HttpResponse<String> inbox = get(URI.create("http://127.0.0.1:" + port + "/inbox"));
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("Мария Корпоративная");
        AppUser account = users.findByUsername(username).orElseThrow();
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.REVIEWER);
        assertThat(account.taskGroups()).contains("training", "partner-managers", "managers")
                .doesNotContain("marketing", "finance", "unrelated-group");
        assertThat(account.getEmail()).isEqualTo(username + "@corp.example");
        assertThat(get(URI.create("http://127.0.0.1:" + port + "/manager/dashboard")).statusCode()).isEqualTo(200);
    }

    @Test
    void theProvidersAccessToken_opensTheApi_withTheMappedRoles() {
        String admin = token("it-oidc-admin", List.of("pp-admin"), List.of());
        String reviewer = token("it-oidc-reviewer", List.of("pp-reviewer"), List.of(TRAINING_GROUP_ID));

        assertThat(api("/api/admin/outbox", admin).statusCode()).isEqualTo(200);
        assertThat(api("/api/tasks", reviewer).statusCode()).isEqualTo(200);
        assertThat(api("/api/admin/outbox", reviewer).statusCode()).as("a reviewer is no admin").isEqualTo(403);
        assertThat(users.findByUsername("it-oidc-reviewer").orElseThrow().taskGroups()).containsExactly("training");
        // The roles follow the provider: a token with other roles changes them at its next use.
        String promoted = token("it-oidc-reviewer", List.of("pp-reviewer", "pp-admin"), List.of());
        assertThat(api("/api/admin/outbox", promoted).statusCode()).isEqualTo(200);
        assertThat(users.findByUsername("it-oidc-reviewer").orElseThrow().roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.ADMIN);
    }

    @Test
    void tokensWithoutAStaffRole_fromAnotherIssuer_orForAPartnersAccount_areRefused() {
        Scenario.Partner partner = scenario.registerCompany("ru");
        String partnerUsername = jdbc.queryForObject("select username from app_user where partner_id = ? order by id limit 1",
                String.class, partner.partnerId());

        assertThat(api("/api/tasks", token("it-oidc-nobody", List.of("offline_access"), List.of())).statusCode()).isEqualTo(401);
        assertThat(api("/api/tasks", PROVIDER.issueToken("elsewhere", "x", CLIENT, Map.of("preferred_username", "it-oidc-x",
                "realm_access", Map.of("roles", List.of("pp-admin")))).serialize()).statusCode()).isEqualTo(401);
        assertThat(api("/api/tasks", token(partnerUsername, List.of("pp-admin"), List.of())).statusCode())
                .as("a partner keeps signing in with the password").isEqualTo(401);
        assertThat(users.findByUsername(partnerUsername).orElseThrow().roles()).isEqualTo(Set.of(Role.PARTNER));
        // Basic keeps working beside bearer tokens.
        assertThat(partner.api().get("/api/partners/" + partner.partnerId()).getStatusCode().value()).isEqualTo(200);
    }

    private static Map<String, Object> claims(String username, String name, List<String> roles, List<String> groups) {
        return Map.of("preferred_username", username, "name", name, "email", username + "@corp.example",
                "realm_access", Map.of("roles", roles), "groups", groups);
    }

    private static String token(String username, List<String> roles, List<String> groups) {
        return PROVIDER.issueToken(ISSUER, "subject-" + username, CLIENT, claims(username, username, roles, groups)).serialize();
    }

    private HttpResponse<String> api(String path, String bearer) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json").GET().build());
    }

    private HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
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
}

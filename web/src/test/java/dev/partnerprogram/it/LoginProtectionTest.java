package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import org.junit.jupiter.api.Test;

/** Guessing passwords gets an account locked; the UI's pages carry the protective headers. */
class LoginProtectionTest extends IntegrationTest {

    @Test
    void fiveWrongPasswordsInARow_lockTheAccount_evenForTheRightPassword() {
        Scenario.Partner partner = scenario.registerCompany("ru");
        assertThat(partner.api().get("/api/me").getStatusCode().value()).isEqualTo(200);

        wrongPasswords(partner, 5);

        assertThat(partner.api().get("/api/me").getStatusCode().value()).isEqualTo(401);
        assertThat(users.findByUsername(partner.email()).orElseThrow().isLocked(clock.instant())).isTrue();
    }

    @Test
    void aSuccessfulSignIn_startsTheCountAfresh() {
        Scenario.Partner partner = scenario.registerCompany("ru");
        for (int round = 0; round < 2; round++) {
            wrongPasswords(partner, 4);
            assertThat(partner.api().get("/api/me").getStatusCode().value()).isEqualTo(200);
        }
        assertThat(users.findByUsername(partner.email()).orElseThrow().isLocked(clock.instant())).isFalse();
    }

    @Test
    void pagesCarryContentSecurityPolicyAndFrameProtection() {
        var headers = api.anonymous().getBytes("/login").getHeaders();
        assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    /** Signs in with as many wrong passwords in a row, each refused. */
    private void wrongPasswords(Scenario.Partner partner, int count) {
        for (int i = 0; i < count; i++) {
            assertThat(api.as(partner.email(), "guess-" + i).get("/api/me").getStatusCode().value()).isEqualTo(401);
        }
    }
}

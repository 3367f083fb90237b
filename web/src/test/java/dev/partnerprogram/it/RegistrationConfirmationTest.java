package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.partnerprogram.identity.RegistrationService;
import dev.partnerprogram.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * A registration on the production profile confirms its address: the owner signs in only after following the mailed
 * link, once; a registration left unconfirmed lapses after its 48 hours and frees the tax id and the address. On
 * PostgreSQL, with the mail delivered by SMTP (GreenMail).
 */
class RegistrationConfirmationTest extends IntegrationTest {
    private static final Pattern LINK = Pattern.compile("/registrations/confirm\\?token=([A-Za-z0-9_-]+)");
    private static final String SUBJECT = "Confirm your registration in the Directum Partner Program";

    @Autowired
    RegistrationService registrationService;

    @Test
    void theOwnerSignsInOnlyAfterFollowingTheMailedLink_whichWorksOnce() throws Exception {
        String email = address();
        var registered = register(email, taxId());
        assertThat(registered.getStatusCode().value()).as(String.valueOf(registered.getBody())).isEqualTo(201);
        assertThat(Instant.parse(registered.getBody().get("confirmBy").asText()))
                .isBetween(clock.instant().plus(Duration.ofHours(47)), clock.instant().plus(Duration.ofHours(49)));
        assertThat(api.as(email, "long-enough-1").get("/api/me").getStatusCode().value()).as("not confirmed yet").isEqualTo(401);

        String token = IntegrationTestMail.linkMailedTo(greenMail, email, SUBJECT, LINK);
        mvc.perform(get("/registrations/confirm").param("token", token)).andExpect(status().isOk());
        assertThat(api.as(email, "long-enough-1").get("/api/me").getStatusCode().value())
                .as("opening the link (a mail scanner may) confirms nothing").isEqualTo(401);
        mvc.perform(post("/registrations/confirm").with(csrf()).param("token", token)).andExpect(redirectedUrl("/login"));

        assertThat(api.as(email, "long-enough-1").get("/api/me").getStatusCode().value()).isEqualTo(200);
        var again = api.anonymous().post("/api/registration-confirmations/" + token, Map.of());
        assertThat(again.getStatusCode().value()).isEqualTo(410);
        assertThat(again.getBody().get("code").asText()).isEqualTo("gone.link");
        assertThat(scenario.admin().get("/api/admin/audit?subject=" + email).getBody().get("items").findValuesAsText("action"))
                .containsExactly("EMAIL_CONFIRMED", "REGISTERED");
    }

    @Test
    void anUnconfirmedRegistration_lapsesAfterItsHours_andFreesTheTaxIdAndTheAddress() {
        String email = address();
        String taxId = taxId();
        long partnerId = register(email, taxId).getBody().get("partnerId").asLong();
        String token = IntegrationTestMail.linkMailedTo(greenMail, email, SUBJECT, LINK);
        assertThat(register(email, taxId).getStatusCode().value()).as("taken while it waits").isEqualTo(409);

        simulatedClock.moveTo(clock.instant().plus(Duration.ofHours(48)).plusSeconds(60));
        registrationService.lapseUnconfirmed();

        assertThat(jdbc.queryForObject("select count(*) from partner_company where id = ?", Long.class, partnerId)).isZero();
        assertThat(users.findByUsername(email)).isEmpty();
        assertThat(api.anonymous().post("/api/registration-confirmations/" + token, Map.of()).getStatusCode().value())
                .isEqualTo(410);
        assertThat(register(email, taxId).getStatusCode().value()).as("free again").isEqualTo(201);
        assertThat(scenario.admin().get("/api/admin/audit?subject=" + email + "&action=REGISTRATION_LAPSED").getBody()
                .get("total").asInt()).isEqualTo(1);
    }

    private ResponseEntity<com.fasterxml.jackson.databind.JsonNode> register(String email, String taxId) {
        return api.anonymous().post("/api/registrations", Map.of("companyName", "ООО «Подтверждение»", "taxId", taxId,
                "region", "Казань", "contactName", "Тест Тестов", "email", email, "phone", "+7 843 000-00-00",
                "password", "long-enough-1", "language", "en"));
    }

    private static String address() {
        return "confirm-" + UUID.randomUUID().toString().substring(0, 8) + "@company.example";
    }

    private static String taxId() {
        return String.format("%010d", 6_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }
}

package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Several users per partner company, on PostgreSQL with the mail delivered by SMTP (GreenMail): the owner invites a
 * colleague, who accepts through the mailed single-use link, sees the company's objects and completes its task; the
 * owner deactivates colleagues; nobody else may do either.
 */
class CompanyUsersTest extends IntegrationTest {
    private static final Pattern LINK = Pattern.compile("/invitations/accept\\?token=([A-Za-z0-9_-]+)");
    private static final String SUBJECT = "Invitation to the Directum Partner Program";

    @Test
    void anInvitedColleague_acceptsOnce_seesTheCompanysApplication_andCompletesItsTask_namedInTheTrail() {
        Scenario.Partner owner = scenario.registerCompany("en");
        long application = scenario.apply(owner);
        Scenario.completeOk(scenario.reviewer(), application, "user_review_application", Map.of("decision", "APPROVE"));
        String email = colleagueAddress();

        String token = invite(owner, email, "Анна Коллегова");
        var accepted = api.anonymous().post("/api/invitations/" + token + "/accept", Map.of("password", "colleague-secret-1"));

        assertThat(accepted.getStatusCode().value()).as(String.valueOf(accepted.getBody())).isEqualTo(201);
        assertThat(accepted.getBody().get("owner").asBoolean()).isFalse();
        var again = api.anonymous().post("/api/invitations/" + token + "/accept", Map.of("password", "colleague-secret-2"));
        assertThat(again.getStatusCode().value()).as("a used link").isEqualTo(410);
        assertThat(again.getBody().get("code").asText()).isEqualTo("gone.link");

        ApiClient.As colleague = api.as(email, "colleague-secret-1");
        assertThat(colleague.get("/api/me").getBody().get("partnerId").asLong()).isEqualTo(owner.partnerId());
        assertThat(colleague.get("/api/applications/" + application).getStatusCode().value()).isEqualTo(200);
        JsonNode listed = owner.api().get("/api/partners/" + owner.partnerId() + "/users").getBody();
        assertThat(listed.findValuesAsText("username")).containsExactly(owner.email(), email);
        assertThat(listed.get(0).get("owner").asBoolean()).isTrue();

        Scenario.Partner stranger = scenario.registerCompany("en");
        String taskId = Scenario.task(colleague, application, "user_upload_agreement").get("id").asText();
        assertThat(stranger.api().get("/api/applications/" + application).getStatusCode().value()).isEqualTo(404);
        assertThat(Scenario.complete(stranger.api(), taskId, Map.of()).getStatusCode().value()).isEqualTo(404);

        colleague.upload("/api/applications/" + application + "/documents", "signed.pdf", Scenario.PDF, Map.of("kind", "AGREEMENT"));
        var completed = Scenario.complete(colleague, taskId, Map.of());
        assertThat(completed.getStatusCode().value()).as(String.valueOf(completed.getBody())).isEqualTo(200);
        JsonNode history = owner.api().get("/api/applications/" + application).getBody().get("history");
        assertThat(history.findValuesAsText("actor")).as("the trail names the colleague who acted")
                .anyMatch(actor -> actor.equals(email) || actor.equals("Анна Коллегова"));

        JsonNode audit = scenario.admin().get("/api/admin/audit?subject=" + email).getBody();
        assertThat(audit.get("items").findValuesAsText("action")).containsExactly("INVITATION_ACCEPTED", "INVITATION_SENT");
        assertThat(audit.get("items").get(1).get("actor").asText()).isEqualTo(owner.email());
    }

    @Test
    void theOwnerDeactivatesAColleague_butNeverThemself_andOnlyTheOwnerInvitesOrDeactivates() {
        Scenario.Partner owner = scenario.registerCompany("en");
        String email = colleagueAddress();
        api.anonymous().post("/api/invitations/" + invite(owner, email, "Борис") + "/accept", Map.of("password", "colleague-secret-1"));
        ApiClient.As colleague = api.as(email, "colleague-secret-1");
        String users = "/api/partners/" + owner.partnerId() + "/users/";

        var self = owner.api().put(users + owner.email(), Map.of("active", false));
        assertThat(self.getStatusCode().value()).isEqualTo(409);
        assertThat(self.getBody().get("code").asText()).isEqualTo("conflict.ownerSelf");
        assertThat(colleague.put(users + owner.email(), Map.of("active", false)).getStatusCode().value()).isEqualTo(403);
        assertThat(colleague.post("/api/partners/" + owner.partnerId() + "/invitations",
                Map.of("email", colleagueAddress(), "displayName", "Ещё")).getStatusCode().value()).isEqualTo(403);
        assertThat(owner.api().put(users + "nobody@nowhere.example", Map.of("active", false)).getStatusCode().value()).isEqualTo(404);
        var bad = owner.api().post("/api/partners/" + owner.partnerId() + "/invitations", Map.of("email", "not-an-address"));
        assertThat(bad.getBody().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("email", "displayName");
        assertThat(owner.api().post("/api/partners/" + owner.partnerId() + "/invitations",
                Map.of("email", email, "displayName", "Двойник")).getStatusCode().value()).as("an address with an account").isEqualTo(409);

        var deactivated = owner.api().put(users + email, Map.of("active", false));
        assertThat(deactivated.getStatusCode().value()).isEqualTo(200);
        assertThat(deactivated.getBody().get("active").asBoolean()).isFalse();
        assertThat(colleague.get("/api/me").getStatusCode().value()).as("a deactivated colleague cannot sign in").isEqualTo(401);
        assertThat(scenario.admin().get("/api/admin/audit?subject=" + email + "&action=USER_DEACTIVATED").getBody()
                .get("items").get(0).get("actor").asText()).isEqualTo(owner.email());
        assertThat(owner.api().put(users + email, Map.of("active", true)).getStatusCode().value()).isEqualTo(200);
        assertThat(colleague.get("/api/me").getStatusCode().value()).isEqualTo(200);
    }

    /** The endpoints for each kind of caller; the colleague is a column the shared matrix does not have. */
    @Test
    void eachCaller_getsTheAnswerTheRulesGive() {
        Scenario.Partner owner = scenario.registerCompany("en");
        String email = colleagueAddress();
        api.anonymous().post("/api/invitations/" + invite(owner, email, "Вера") + "/accept", Map.of("password", "colleague-secret-1"));
        Map<String, ApiClient.As> callers = new LinkedHashMap<>();
        callers.put("anon", api.anonymous());
        callers.put("colleague", api.as(email, "colleague-secret-1"));
        callers.put("other", scenario.registerCompany("en").api());
        callers.put("rev", scenario.reviewer());
        callers.put("mgr", scenario.manager());
        callers.put("adm", scenario.admin());
        callers.put("owner", owner.api());
        String base = "/api/partners/" + owner.partnerId();
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        //                                           anon colleague other rev  mgr  adm  owner
        expected.put("GET " + base + "/users", List.of(401, 200, 404, 403, 200, 200, 200));
        expected.put("POST " + base + "/invitations", List.of(401, 403, 404, 403, 403, 403, 201));
        expected.put("PUT " + base + "/users/" + email, List.of(401, 403, 404, 403, 403, 403, 200));

        List<String> failures = new java.util.ArrayList<>();
        expected.forEach((call, statuses) -> {
            int i = 0;
            for (var caller : callers.entrySet()) {
                int got = send(caller.getValue(), call).getStatusCode().value();
                if (got != statuses.get(i)) {
                    failures.add(call + " as " + caller.getKey() + ": expected " + statuses.get(i) + ", got " + got);
                }
                i++;
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void anInvitation_expiresAfterItsSevenDays() throws Exception {
        Scenario.Partner owner = scenario.registerCompany("en");
        String email = colleagueAddress();
        String token = invite(owner, email, "Глеб");

        simulatedClock.moveTo(clock.instant().plus(Duration.ofDays(7)).plusSeconds(60));

        var late = api.anonymous().post("/api/invitations/" + token + "/accept", Map.of("password", "colleague-secret-1"));
        assertThat(late.getStatusCode().value()).isEqualTo(410);
        mvc.perform(get("/invitations/accept").param("token", token)).andExpect(status().isGone());
        assertThat(users.findByUsername(email)).isEmpty();
    }

    @Test
    void anInvitationWhoseMailCannotBeQueued_isNotStored() {
        Scenario.Partner owner = scenario.registerCompany("en");
        String email = colleagueAddress();
        // The outbox refuses this one recipient, as a full disk or a broken connection would refuse any.
        jdbc.execute("alter table outbox_message add constraint it_refuse_recipient check (recipient <> '" + email + "') not valid");
        try {
            var refused = owner.api().post("/api/partners/" + owner.partnerId() + "/invitations",
                    Map.of("email", email, "displayName", "Дина", "language", "en"));
            assertThat(refused.getStatusCode().is2xxSuccessful()).as(String.valueOf(refused.getBody())).isFalse();
        } finally {
            jdbc.execute("alter table outbox_message drop constraint it_refuse_recipient");
        }
        assertThat(jdbc.queryForObject("select count(*) from company_invitation where email = ?", Long.class, email)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from people_audit where subject = ?", Long.class, email)).isZero();
    }

    @Test
    void thePages_letTheOwnerInvite_andTheColleagueSetNameAndPassword() throws Exception {
        Scenario.Partner owner = scenario.registerCompany("en");
        String email = colleagueAddress();
        mvc.perform(post("/colleagues/invitations").with(user(owner.email()).roles("PARTNER")).with(csrf())
                        .param("email", email).param("displayName", "Ева Страничная").param("lang", "en"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/colleagues").param("lang", "en").with(user(owner.email()).roles("PARTNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Invite a colleague")))
                .andExpect(content().string(Matchers.containsString(email)));
        String token = IntegrationTestMail.linkMailedTo(greenMail, email, SUBJECT, LINK);

        mvc.perform(get("/invitations/accept").param("token", token))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Ева Страничная")));
        mvc.perform(post("/invitations/accept").with(csrf()).param("token", token).param("displayName", "Ева Петровна")
                        .param("password", "page-set-secret").param("confirmation", "page-set-secret"))
                .andExpect(redirectedUrl("/login"));
        assertThat(api.as(email, "page-set-secret").get("/api/me").getBody().get("displayName").asText()).isEqualTo("Ева Петровна");
        mvc.perform(get("/colleagues").param("lang", "en").with(user(email).roles("PARTNER")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Invite a colleague"))));
    }

    /** Invites by the API in English and answers the token mailed. */
    private String invite(Scenario.Partner owner, String email, String name) {
        var invited = owner.api().post("/api/partners/" + owner.partnerId() + "/invitations",
                Map.of("email", email, "displayName", name, "language", "en"));
        assertThat(invited.getStatusCode().value()).as(String.valueOf(invited.getBody())).isEqualTo(201);
        return IntegrationTestMail.linkMailedTo(greenMail, email, SUBJECT, LINK);
    }

    private static String colleagueAddress() {
        return "colleague-" + UUID.randomUUID().toString().substring(0, 8) + "@company.example";
    }

    private static ResponseEntity<JsonNode> send(ApiClient.As caller, String call) {
        String[] parts = call.split(" ", 2);
        return switch (parts[0]) {
            case "GET" -> caller.get(parts[1]);
            case "POST" -> caller.post(parts[1], Map.of("email", colleagueAddress(), "displayName", "Матрица", "language", "en"));
            case "PUT" -> caller.put(parts[1], Map.of("active", true));
            default -> throw new IllegalArgumentException(call);
        };
    }
}

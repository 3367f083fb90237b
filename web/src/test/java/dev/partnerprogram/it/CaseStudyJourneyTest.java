package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.processes.CaseStudyProcess;
import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.Scenario;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Case studies on PostgreSQL: only a confirmed project of the company, with the customer's consent, once at a time;
 * marketing approves or rejects it through its task; approved ones show on the partner's public directory page (API
 * and page, anonymous), a company not listed has none; each company sees its own.
 */
class CaseStudyJourneyTest extends MarketingIntegrationTest {

    @Test
    void aConfirmedProject_toldWithConsent_approvedByMarketing_showsOnTheDirectoryPage() throws Exception {
        Scenario.Partner partner = marketing.authorizedPartner();
        Scenario.Partner other = marketing.authorizedPartner();
        jdbc.update("update partner_company set listed_in_directory = true where id = ?", partner.partnerId());
        long project = project(partner, "Электронный архив");

        var unconfirmed = partner.api().post("/api/case-studies", body(project, true));
        assertThat(unconfirmed.getStatusCode().value()).as(String.valueOf(unconfirmed.getBody())).isEqualTo(409);
        assertThat(unconfirmed.getBody().get("code").asText()).isEqualTo("conflict.caseStudy.projectNotConfirmed");
        confirm(project);
        assertThat(field(partner.api().post("/api/case-studies", body(project, false)))).isEqualTo("customerConsent");
        assertThat(other.api().post("/api/case-studies", body(project, true)).getStatusCode().value())
                .as("another company's project").isEqualTo(404);
        assertThat(scenario.reviewer().post("/api/case-studies", body(project, true)).getStatusCode().value()).isEqualTo(403);

        var told = partner.api().post("/api/case-studies", body(project, true));
        assertThat(told.getStatusCode().value()).as(String.valueOf(told.getBody())).isEqualTo(201);
        assertThat(told.getBody().get("state").asText()).isEqualTo("IN_REVIEW");
        long id = told.getBody().get("id").asLong();
        assertThat(partner.api().post("/api/case-studies", body(project, true)).getStatusCode().value()).as("once at a time").isEqualTo(409);
        assertThat(other.api().get("/api/case-studies/" + id).getStatusCode().value()).isEqualTo(404);
        assertThat(other.api().get("/api/case-studies").getBody().get("total").asInt()).isZero();

        ResponseEntity<JsonNode> before = api.anonymous().get("/api/directory/" + partner.partnerId());
        assertThat(before.getStatusCode().value()).isEqualTo(200);
        assertThat(before.getBody().get("caseStudies")).as("not before marketing approves").isEmpty();
        Scenario.completeOk(scenario.reviewer(), "case-study", id, CaseStudyProcess.USER_REVIEW_CASE_STUDY, Map.of("decision", "APPROVE"));

        JsonNode page = api.anonymous().get("/api/directory/" + partner.partnerId()).getBody();
        assertThat(page.get("caseStudies")).hasSize(1);
        assertThat(page.get("caseStudies").get(0).get("title").asText()).isEqualTo("Архив за три месяца");
        assertThat(api.anonymous().get("/api/directory/" + other.partnerId()).getStatusCode().value()).as("not listed").isEqualTo(404);
        String html = mvc.perform(get("/directory/" + partner.partnerId()).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"published-" + id + "\"", "Архив за три месяца", "Case studies").doesNotContain("caseStudy.");
    }

    @Test
    void aRejectionSaysWhy_andTheProjectMayBeToldAgain_onThePages() throws Exception {
        Scenario.Partner partner = marketing.authorizedPartner();
        long project = project(partner, "Договорная работа");
        confirm(project);
        RequestPostProcessor asPartner = user(partner.email()).roles("PARTNER");
        RequestPostProcessor asReviewer = user("it-reviewer").roles("REVIEWER");

        assertThat(page("/case-studies/new", asPartner)).contains("id=\"case-study-form\"", "Договорная работа");
        String location = mvc.perform(post("/case-studies").with(asPartner).with(csrf()).param("projectId", String.valueOf(project))
                        .param("title", "Договоры за неделю").param("summary", "Рассказ").param("customerConsent", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(page("/case-studies", asReviewer)).contains("id=\"case-study-" + id + "\"");
        assertThat(page("/case-studies/" + id, asReviewer)).contains("id=\"task-form\"", "Рассмотреть кейс партнёра");
        var noReason = Scenario.complete(scenario.reviewer(), Scenario.task(scenario.reviewer(), "case-study", id,
                CaseStudyProcess.USER_REVIEW_CASE_STUDY).get("id").asText(), Map.of("decision", "REJECT"));
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        mvc.perform(post("/case-studies/" + id + "/task").with(asReviewer).with(csrf()).param("decision", "REJECT")
                .param("comment", "Нет цифр результата")).andExpect(status().is3xxRedirection());

        assertThat(page("/case-studies/" + id, asPartner)).contains("Отклонён", "id=\"decision-comment\"", "Нет цифр результата");
        assertThat(partner.api().post("/api/case-studies", body(project, true)).getStatusCode().value()).isEqualTo(201);
    }

    private long project(Scenario.Partner partner, String title) {
        var created = partner.api().post("/api/projects", Map.of("customer", "ООО «Клиент»", "title", title, "complexity", "MEDIUM",
                "startedOn", MarketingScenario.today().minusMonths(3).toString(), "completedOn", MarketingScenario.today().toString(),
                "caseStudy", "Описание"));
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return created.getBody().get("id").asLong();
    }

    private void confirm(long project) {
        var confirmed = scenario.reviewer().post("/api/projects/" + project + "/review", Map.of("decision", "CONFIRM"));
        assertThat(confirmed.getStatusCode().value()).as(String.valueOf(confirmed.getBody())).isEqualTo(200);
    }

    private static Map<String, Object> body(long project, boolean consent) {
        Map<String, Object> body = new HashMap<>();
        body.put("projectId", project);
        body.put("title", "Архив за три месяца");
        body.put("summary", "Как заказчик перевёл архив в Directum RX за три месяца");
        body.put("customerConsent", consent);
        return body;
    }

    private String page(String path, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(path).with(who).header(HttpHeaders.ACCEPT_LANGUAGE, "ru")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static String field(ResponseEntity<JsonNode> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(400);
        return response.getBody().get("errors").get(0).get("field").asText();
    }
}

package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.partnerprogram.processes.MarketingCompensationProcess;
import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The marketing pages as people use them (form posts with CSRF, multipart claim), on the shared application context:
 * a partner pre-approves and claims, marketing verifies line by line on the same page, a manager sees the budget.
 */
class MarketingPagesTest extends MarketingIntegrationTest {

    @Test
    void partnerPreApprovesAndClaims_marketingVerifiesLineByLine_managerSeesTheBudget() throws Exception {
        var budget = marketing.budget("500000.00");
        Scenario.Partner partner = marketing.authorizedPartner();
        RequestPostProcessor asPartner = user(partner.email()).roles("PARTNER");
        RequestPostProcessor asReviewer = user("it-reviewer").roles("REVIEWER");
        String today = MarketingScenario.today().toString();

        String form = mvc.perform(get("/compensations/new").with(asPartner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains(budget.region(), "Плановый бюджет");

        String invalid = mvc.perform(post("/compensations").with(asPartner).with(csrf())
                        .param("title", "Семинар").param("kind", "EVENT").param("region", budget.region())
                        .param("plannedStart", today).param("plannedEnd", today).param("plannedBudget", "100000")
                        .param("requestedAmount", "70000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("50%");

        String location = mvc.perform(post("/compensations").with(asPartner).with(csrf())
                        .param("title", "Семинар в Казани").param("kind", "EVENT").param("region", budget.region())
                        .param("plannedStart", today).param("plannedEnd", today).param("plannedBudget", "100 000,00"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        String review = mvc.perform(get("/compensations/" + id).with(asReviewer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(review).contains("id=\"task-form\"", "Рассмотреть мероприятие", "50 000,00 ₽");
        mvc.perform(post("/compensations/" + id + "/task").with(asReviewer).with(csrf()).param("decision", "APPROVE"))
                .andExpect(status().is3xxRedirection());

        String approved = mvc.perform(get("/compensations/" + id).with(asPartner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(approved).contains("id=\"claim\"", "id=\"deadline\"", "Согласована, бюджет зарезервирован");

        mvc.perform(multipart("/compensations/" + id + "/claim")
                        .file(new MockMultipartFile("files", "invoice.pdf", "application/pdf", Scenario.PDF))
                        .param("documentKind", "INVOICE")
                        .param("lineDescription", "Аренда зала", "Кофе-брейк", "").param("lineAmount", "60000", "30000,50", "")
                        .param("results", "40 участников").with(asPartner).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var claimed = MarketingScenario.get(partner, id);
        assertThat(claimed.get("state").asText()).isEqualTo("CLAIM_REVIEW");
        assertThat(claimed.get("amounts").get("claimed").decimalValue()).isEqualByComparingTo("90000.50");

        String verify = mvc.perform(get("/compensations/" + id).with(asReviewer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(verify).contains("id=\"verify-lines\"", "invoice.pdf", "Кофе-брейк");
        long first = claimed.get("lines").get(0).get("id").asLong();
        long second = claimed.get("lines").get(1).get("id").asLong();
        String missingReason = mvc.perform(post("/compensations/" + id + "/task").with(asReviewer).with(csrf())
                        .param("decision", "APPROVE").param("line-" + first + "-decision", "ACCEPT")
                        .param("line-" + second + "-decision", "REJECT"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missingReason).contains("Объясните, почему строка отклонена.");
        mvc.perform(post("/compensations/" + id + "/task").with(asReviewer).with(csrf())
                        .param("decision", "APPROVE").param("line-" + first + "-decision", "ACCEPT")
                        .param("line-" + second + "-decision", "REJECT").param("line-" + second + "-reason", "Не по правилам"))
                .andExpect(status().is3xxRedirection());
        assertThat(MarketingScenario.get(partner, id).get("approvedAmount").decimalValue()).isEqualByComparingTo("30000.00");
        assertThat(MarketingScenario.task(scenario.reviewer(), id, MarketingCompensationProcess.USER_RECORD_PAYMENT)).isNotNull();

        String budgets = mvc.perform(get("/manager/budgets/" + budget.id()).with(user("it-manager").roles("MANAGER", "REVIEWER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(budgets).contains("Семинар в Казани", "50 000,00 ₽", "450 000,00 ₽");
        mvc.perform(get("/manager/budgets").with(asPartner)).andExpect(status().isForbidden());
        mvc.perform(get("/compensations").with(asPartner)).andExpect(status().isOk());

        Scenario.Partner stranger = marketing.authorizedPartner();
        mvc.perform(get("/compensations/" + id).with(user(stranger.email()).roles("PARTNER"))).andExpect(status().isNotFound());
    }

    @Test
    void jointEventPages_refuseShortNotice_andShowTheCalendarToStaff() throws Exception {
        Scenario.Partner partner = marketing.authorizedPartner();
        RequestPostProcessor asPartner = user(partner.email()).roles("PARTNER");

        String refused = mvc.perform(post("/events").with(asPartner).with(csrf()).param("title", "Завтрак")
                        .param("date", MarketingScenario.today().plusDays(5).toString()).param("city", "Казань").param("format", "OFFLINE")
                        .param("expectedAudience", "30").param("vendorRequest", "Доклад"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Даты согласуются заранее", MarketingScenario.today().plusMonths(1).toString());

        String location = mvc.perform(post("/events").with(asPartner).with(csrf()).param("title", "Завтрак")
                        .param("date", MarketingScenario.today().plusMonths(2).toString()).param("city", "Казань").param("format", "OFFLINE")
                        .param("expectedAudience", "30").param("vendorRequest", "Доклад"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        RequestPostProcessor asReviewer = user("it-reviewer").roles("REVIEWER");
        mvc.perform(post(location + "/task").with(asReviewer).with(csrf()).param("decision", "APPROVE").param("staffNames", "Анна Вендорова"))
                .andExpect(status().is3xxRedirection());

        String month = MarketingScenario.today().plusMonths(2).toString().substring(0, 7);
        String calendar = mvc.perform(get("/events/calendar").param("month", month).with(asReviewer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(calendar).contains("Завтрак", "Анна Вендорова");
        mvc.perform(get("/events").with(asPartner)).andExpect(status().isOk());
    }
}

package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The request pages: a partner sends a request on the form and sees it in "my requests"; the answering group finds it
 * by kind and answers on the request's page through the task form; administrators keep the solutions on their page;
 * both languages, no raw codes.
 */
class PartnerRequestPagesTest extends MarketingIntegrationTest {

    @Test
    void partnerSendsOnTheForm_theGroupAnswersOnTheRequestsPage() throws Exception {
        Scenario.Partner partner = marketing.authorizedPartner();
        jdbc.update("update partner_company set status = 'CERTIFIED' where id = ?", partner.partnerId());
        RequestPostProcessor asPartner = user(partner.email()).roles("PARTNER");
        RequestPostProcessor asReviewer = user("it-reviewer").roles("REVIEWER");

        assertThat(page("/partner-requests/new", asPartner, "ru")).contains("id=\"request-form\"", "Маркетинговые материалы",
                "Directum Enterprise Forum", "Соорганизатор");
        String missing = mvc.perform(post("/partner-requests").with(asPartner).with(csrf()).param("kind", "MARKETING_MATERIALS")
                        .param("details", " ")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("details-error");
        String location = mvc.perform(post("/partner-requests").with(asPartner).with(csrf()).param("kind", "MARKETING_MATERIALS")
                        .param("details", "Буклеты для выставки"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        assertThat(page("/partner-requests", asPartner, "ru")).contains("id=\"request-" + id + "\"", "Буклеты для выставки", "Ждёт ответа");
        assertThat(page("/partner-requests/" + id, asPartner, "ru")).contains("id=\"due-at\"", "Маркетинг").doesNotContain("id=\"task-form\"");
        assertThat(page("/partner-requests?kind=MARKETING_MATERIALS", asReviewer, "ru")).contains("id=\"request-" + id + "\"");
        assertThat(page("/partner-requests?kind=CONSULTATION", asReviewer, "ru")).doesNotContain("id=\"request-" + id + "\"");
        assertThat(page("/partner-requests/" + id, asReviewer, "en")).contains("id=\"task-form\"", "Answer a partner request",
                "Marketing materials", "Awaiting an answer").doesNotContain("request.", "task.name.", "??");
        mvc.perform(post("/partner-requests/" + id + "/task").with(asReviewer).with(csrf()).param("decision", "REJECT")
                .param("comment", "Каталог обновляется")).andExpect(status().is3xxRedirection());

        assertThat(page("/partner-requests/" + id, asPartner, "ru")).contains("Отклонён", "id=\"answer\"", "Каталог обновляется");
    }

    @Test
    void administratorsKeepTheSolutionsOnTheirPage() throws Exception {
        RequestPostProcessor asAdmin = user("it-admin").roles("ADMIN");
        String name = "Решение страницы " + ThreadLocalRandom.current().nextInt(1_000_000);

        mvc.perform(post("/admin/solutions").with(asAdmin).with(csrf()).param("name", name)).andExpect(status().is3xxRedirection());

        assertThat(page("/admin/solutions", asAdmin, "ru")).contains("id=\"solution-form\"", name, "Сохранить и снять");
        assertThat(page("/admin/solutions", asAdmin, "en")).contains("Save and retire", "Offered").doesNotContain("solution.", "??");
        mvc.perform(get("/admin/solutions").with(user("it-manager").roles("MANAGER"))).andExpect(status().isForbidden());
    }

    private String page(String path, RequestPostProcessor who, String language) throws Exception {
        return mvc.perform(get(path).with(who).header(HttpHeaders.ACCEPT_LANGUAGE, language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}

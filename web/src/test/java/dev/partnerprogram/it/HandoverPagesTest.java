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
 * The handover pages: a manager offers a project on the form, the partner holding the offer accepts it on the
 * handover's page through the task form, the manager sees each partner's turn; both languages, no raw codes.
 */
class HandoverPagesTest extends MarketingIntegrationTest {

    @Test
    void managerOffersOnTheForm_theHolderAcceptsOnTheHandoversPage() throws Exception {
        String region = "Регион страницы " + ThreadLocalRandom.current().nextInt(1_000_000);
        Scenario.Partner partner = marketing.authorizedPartner();
        jdbc.update("update partner_company set region = ? where id = ?", region, partner.partnerId());
        RequestPostProcessor asPartner = user(partner.email()).roles("PARTNER");
        RequestPostProcessor asManager = user("it-manager").roles("MANAGER", "REVIEWER");

        assertThat(page("/handovers/new", asManager, "ru")).contains("id=\"handover-form\"", "Регион заказчика", "Сопровождение");
        String missing = mvc.perform(post("/handovers").with(asManager).with(csrf()).param("title", "Внедрение")
                        .param("customerName", "").param("region", region).param("kind", "IMPLEMENTATION"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("customerName-error");
        String location = mvc.perform(post("/handovers").with(asManager).with(csrf()).param("title", "Внедрение СЭД")
                        .param("customerName", "ООО «Заказчик»").param("region", region).param("kind", "IMPLEMENTATION"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        assertThat(page("/handovers", asPartner, "ru")).contains("id=\"handover-" + id + "\"", "Внедрение СЭД");
        assertThat(page("/handovers/" + id, asPartner, "ru")).contains("id=\"task-form\"", "id=\"answer-due\"", "Ответить на предложение проекта");
        assertThat(page("/handovers/" + id, asPartner, "en")).contains("Answer a project offer", "Offered to partners")
                .doesNotContain("handover.", "task.name.", "??");
        mvc.perform(post("/handovers/" + id + "/task").with(asPartner).with(csrf()).param("decision", "ACCEPT"))
                .andExpect(status().is3xxRedirection());

        assertThat(page("/handovers/" + id, asManager, "ru")).contains("id=\"offers\"", "Передан партнёру", "Принято");
        assertThat(page("/handovers/" + id, asManager, "en")).contains("Handed to a partner", "Accepted").doesNotContain("handover.offer.");
    }

    private String page(String path, RequestPostProcessor who, String language) throws Exception {
        return mvc.perform(get(path).with(who).header(HttpHeaders.ACCEPT_LANGUAGE, language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}

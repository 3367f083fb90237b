package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import dev.partnerprogram.support.Scenario;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The deal pages as people use them: a partner registers on the form (bad input comes back under its field), a manager
 * decides on the deal's page through the task form, the partner sees the protection date and the outcome form; both
 * languages, no message code left raw.
 */
class DealPagesTest extends MarketingIntegrationTest {

    @Test
    void partnerRegistersOnTheForm_managerApprovesOnTheDealsPage_partnerSeesTheProtection() throws Exception {
        Scenario.Partner partner = marketing.authorizedPartner();
        RequestPostProcessor asPartner = user(partner.email()).roles("PARTNER");
        RequestPostProcessor asManager = user("it-manager").roles("MANAGER", "REVIEWER");
        String customer = "Страница " + ThreadLocalRandom.current().nextInt(1_000_000);
        String closeDate = MarketingScenario.today().plusMonths(1).toString();

        String form = page("/deals/new", asPartner, "ru");
        assertThat(form).contains("id=\"deal-form\"", "ИНН заказчика", "for=\"customerTaxId\"");
        String invalid = mvc.perform(post("/deals").with(asPartner).with(csrf()).param("customerName", customer)
                        .param("customerTaxId", "12").param("region", "Казань").param("expectedAmount", "1 000 000,00")
                        .param("expectedCloseDate", closeDate))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(invalid).contains("customerTaxId-error", "ИНН состоит из 10 или 12 цифр.").contains(customer);

        String location = mvc.perform(post("/deals").with(asPartner).with(csrf()).param("customerName", customer)
                        .param("customerTaxId", "7712345678").param("region", "Казань").param("expectedAmount", "1 000 000,00")
                        .param("expectedLicenses", "40").param("expectedCloseDate", closeDate))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        String review = page("/deals/" + id, asManager, "ru");
        assertThat(review).contains("id=\"task-form\"", "Рассмотреть регистрацию сделки", "1 000 000,00 ₽", "Срок защиты, дней");
        assertThat(page("/deals/" + id, asManager, "en")).contains("Review a deal registration", "Protection, days")
                .doesNotContain("deal.field.", "task.field.", "??");
        assertThat(page("/deals", asManager, "ru")).contains("id=\"deal-" + id + "\"", customer);
        mvc.perform(post("/deals/" + id + "/task").with(asManager).with(csrf()).param("decision", "APPROVE").param("protectionDays", "30"))
                .andExpect(status().is3xxRedirection());

        String mine = page("/deals", asPartner, "ru");
        assertThat(mine).contains(customer, "Защищена", MarketingScenario.today().plusDays(30).format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        String protectedPage = page("/deals/" + id, asPartner, "en");
        assertThat(protectedPage).contains("id=\"protected-until\"", "Report the deal", "Deal won", "Extend the protection")
                .doesNotContain("deal.state.", "task.option.", "??");
    }

    private String page(String path, RequestPostProcessor who, String language) throws Exception {
        return mvc.perform(get(path).with(who).header(HttpHeaders.ACCEPT_LANGUAGE, language)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}

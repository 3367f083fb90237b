package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.MarketingScenario;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * How an action went is told on the page the browser lands on after the post, in the page's language: the outcome of
 * the marketing pages (compensation, joint event, budget) and a refusal from the domain alike.
 */
class OutcomeMessagesPagesTest extends MarketingIntegrationTest {
    private static final Pattern FLASH = Pattern.compile("id=\"flash\"[^>]*>(.*?)<button", Pattern.DOTALL);
    private static final RequestPostProcessor MANAGER = user("it-manager").roles("MANAGER", "REVIEWER");

    @Test
    void aSubmittedCompensationRequest_isConfirmedOnItsPage() throws Exception {
        var budget = marketing.budget("500000.00");
        RequestPostProcessor partner = user(marketing.authorizedPartner().email()).roles("PARTNER");
        String today = MarketingScenario.today().toString();
        var request = post("/compensations").with(partner).with(csrf()).param("title", "Семинар").param("kind", "EVENT")
                .param("region", budget.region()).param("plannedStart", today).param("plannedEnd", today)
                .param("plannedBudget", "10000");

        assertThat(outcome(request, partner, "ru")).isEqualTo("Заявка отправлена на согласование.");
        assertThat(outcome(request, partner, "en")).isEqualTo("The request is sent for pre-approval.");
    }

    @Test
    void aJointEventRequest_isConfirmedOnItsPage() throws Exception {
        RequestPostProcessor partner = user(marketing.authorizedPartner().email()).roles("PARTNER");
        var request = post("/events").with(partner).with(csrf()).param("title", "Бизнес-завтрак")
                .param("date", MarketingScenario.today().plusMonths(2).toString()).param("city", "Казань").param("format", "OFFLINE")
                .param("expectedAudience", "40").param("vendorRequest", "Доклад о Directum RX");

        assertThat(outcome(request, partner, "ru")).isEqualTo("Запрос отправлен в отдел маркетинга.");
        assertThat(outcome(request, partner, "en")).isEqualTo("The request is sent to marketing.");
    }

    @Test
    void aNewBudget_isConfirmed_andARefusedAllocationTellsWhy() throws Exception {
        String region = "Регион-итоги-" + System.nanoTime();
        var create = post("/manager/budgets").with(MANAGER).with(csrf()).param("region", region)
                .param("year", String.valueOf(MarketingScenario.today().getYear())).param("amount", "100000");
        assertThat(outcome(create, MANAGER, "ru")).isEqualTo("Бюджет создан.");

        long budget = jdbc.queryForObject("select id from marketing_budget where region = ?", Long.class, region);
        var tooLow = post("/manager/budgets/" + budget + "/allocation").with(MANAGER).with(csrf()).param("amount", "много");
        assertThat(outcome(tooLow, MANAGER, "ru")).isEqualTo("Укажите сумму, например 1500.00.");
        assertThat(outcome(tooLow, MANAGER, "en")).isEqualTo("Enter an amount like 1500.00.");
    }

    /** Posts as a browser in that language would, follows the redirect with its flash, and reads the message shown. */
    private String outcome(MockHttpServletRequestBuilder request, RequestPostProcessor who, String language) throws Exception {
        MvcResult posted = mvc.perform(request.header(HttpHeaders.ACCEPT_LANGUAGE, language)).andReturn();
        assertThat(posted.getResponse().getRedirectedUrl()).as(posted.getResponse().getContentAsString()).isNotNull();
        String page = mvc.perform(get(posted.getResponse().getRedirectedUrl()).with(who)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, language).flashAttrs(posted.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        Matcher flash = FLASH.matcher(page);
        assertThat(flash.find()).as("a message on the page").isTrue();
        return flash.group(1).replaceAll("<[^>]+>", "").strip();
    }
}

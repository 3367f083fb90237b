package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.partnerprogram.support.MarketingIntegrationTest;
import dev.partnerprogram.support.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The staff's partner list and a company's page on PostgreSQL: each filter narrows it, the page gathers everything. */
class StaffPartnersPagesTest extends MarketingIntegrationTest {
    private static final RequestPostProcessor REVIEWER = user("it-reviewer").roles("REVIEWER");

    @Test
    void theListIsSearchedByNameTaxIdRegionTierAndAgreement() throws Exception {
        Scenario.Partner authorized = marketing.authorizedPartner();
        agreement(authorized, "ACTIVE");
        Scenario.Partner applicant = scenario.registerCompany("ru");
        String authorizedTaxId = column(authorized, "tax_id");
        String authorizedName = column(authorized, "company_name");
        String applicantName = column(applicant, "company_name");
        String region = column(authorized, "region");

        assertThat(page(get("/partners").param("taxId", authorizedTaxId).with(REVIEWER)))
                .contains("href=\"/partners/" + authorized.partnerId() + "\"", authorizedName, "<td>Действует</td>")
                .doesNotContain("href=\"/partners/" + applicant.partnerId() + "\"");
        // Part of the name, anywhere in it (the case of Cyrillic letters folds as the database's locale does).
        String part = applicantName.substring(applicantName.indexOf('е'));
        assertThat(page(get("/partners").param("name", part).param("agreement", "NONE").with(REVIEWER)))
                .contains("href=\"/partners/" + applicant.partnerId() + "\"", "<td>Ещё нет</td>");
        assertThat(page(get("/partners").param("name", part).param("status", "AUTHORIZED").with(REVIEWER)))
                .doesNotContain("href=\"/partners/" + applicant.partnerId() + "\"");
        assertThat(page(get("/partners").param("taxId", authorizedTaxId).param("region", region).param("status", "AUTHORIZED")
                .param("agreement", "ACTIVE").with(REVIEWER)))
                .contains("href=\"/partners/" + authorized.partnerId() + "\"");
        assertThat(page(get("/partners").param("taxId", authorizedTaxId).param("agreement", "SUSPENDED").with(REVIEWER)))
                .doesNotContain("href=\"/partners/" + authorized.partnerId() + "\"");
        // A wildcard is searched for literally; a wrong choice is said, not a 500.
        assertThat(page(get("/partners").param("name", "%").param("taxId", authorizedTaxId).with(REVIEWER)))
                .doesNotContain("href=\"/partners/" + authorized.partnerId() + "\"");
        assertThat(page(get("/partners").param("status", "BOSS").with(REVIEWER))).contains("id=\"partners-filter-error\"");
        mvc.perform(get("/partners").with(user(applicant.email()).roles("PARTNER"))).andExpect(status().isForbidden());
    }

    @Test
    void aCompanysPageGathersItsStatusYearAgreementQuotasTasksAndTrail() throws Exception {
        Scenario.Partner authorized = marketing.authorizedPartner();
        String number = agreement(authorized, "RENEWAL_DUE");
        assertThat(page(get("/partners/" + authorized.partnerId()).with(REVIEWER)))
                .contains("id=\"partner-year\"", number, "Ожидается продление", "id=\"partner-quotas\"", "Использовано", "id=\"partner-trail\"",
                        "Авторизованный партнёр");

        Scenario.Partner applicant = scenario.registerCompany("ru");
        long application = scenario.apply(applicant);
        assertThat(page(get("/partners/" + applicant.partnerId()).with(REVIEWER)))
                .contains("Рассмотреть заявку", "href=\"/applications/" + application + "\"",
                        "href=\"/workbench?partner=" + applicant.partnerId() + "&amp;open=", "Льготы начинают действовать");
    }

    @Test
    void pickersSuggestPartnersByTaxIdOrName_andColleaguesByLoginOrName() throws Exception {
        Scenario.Partner partner = marketing.authorizedPartner();
        String taxId = column(partner, "tax_id");
        String name = column(partner, "company_name");

        assertThat(page(get("/pickers/partners").param("q", taxId).with(REVIEWER)))
                .contains("\"value\":\"" + partner.partnerId() + "\"", name + " · " + taxId);
        assertThat(page(get("/pickers/partners").param("q", name.substring(name.indexOf('е'))).with(REVIEWER)))
                .contains("\"value\":\"" + partner.partnerId() + "\"");
        assertThat(page(get("/pickers/colleagues").param("q", "IT-REV").with(REVIEWER)))
                .contains("\"value\":\"it-reviewer\"").doesNotContain("it-admin", partner.email());
        assertThat(page(get("/pickers/colleagues").param("q", "%_").with(REVIEWER))).isEqualTo("[]");
        mvc.perform(get("/pickers/partners").param("q", taxId).with(user(partner.email()).roles("PARTNER")))
                .andExpect(status().isForbidden());
    }

    private String agreement(Scenario.Partner partner, String state) {
        String number = "IT-WB-" + partner.partnerId();
        jdbc.update("insert into partner_agreement (partner_id, number, signed_on, valid_from, valid_until, state, created_at) "
                + "values (?, ?, current_date, current_date, current_date + 365, ?, current_timestamp)", partner.partnerId(), number, state);
        return number;
    }

    private String column(Scenario.Partner partner, String column) {
        return jdbc.queryForObject("select " + column + " from partner_company where id = ?", String.class, partner.partnerId());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}

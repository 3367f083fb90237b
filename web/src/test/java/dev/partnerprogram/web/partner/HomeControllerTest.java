package dev.partnerprogram.web.partner;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.application.ApplicationState;
import dev.partnerprogram.application.RequestedStatus;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.partner.Benefits;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.partner.StatusHistoryEntry;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import dev.partnerprogram.workflow.application.RequestGuide;
import dev.partnerprogram.workflow.application.RequestGuides;
import dev.partnerprogram.workflow.partner.Partners;
import dev.partnerprogram.workflow.task.TaskInbox;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.ReflectionTestUtils;

@WithMockUser(username = "partner", roles = "PARTNER")
class HomeControllerTest extends PageSliceTest {
    private static final long PARTNER_ID = 20;

    @Autowired Partners partners;
    @Autowired ApplicationWorkflow applications;
    @Autowired TaskInbox inbox;
    @Autowired RequestGuides guides;

    @BeforeEach
    void signedInPartner() {
        signedIn(UiTestSupport.partner(PARTNER_ID));
        given(inbox.list(any(), any())).willReturn(Page.empty(PageRequest.of(0, 20)));
        given(partners.history(any(), eq(PARTNER_ID))).willReturn(List.of());
    }

    @Test
    void authorizedPartner_seesStatusCertificateAndBenefitsWithWhatIsLeft() throws Exception {
        given(partners.get(any(), eq(PARTNER_ID))).willReturn(authorized());
        given(partners.history(any(), eq(PARTNER_ID))).willReturn(List.of(new StatusHistoryEntry(PARTNER_ID, UiTestSupport.NOW, "system",
                PartnerStatus.APPLICANT, PartnerStatus.AUTHORIZED, "application 1 approved, agreement signed, basic training passed", 1L)));
        given(partners.benefits(any(), eq(PARTNER_ID))).willReturn(new Benefits(PartnerStatus.AUTHORIZED, BigDecimal.valueOf(35), BigDecimal.ZERO,
                BigDecimal.valueOf(35), 50, 35, 20, 35, 35, 20, 20, 17, 5, 3, 1, 0, "NONE", new BigDecimal("1250.00"), null));
        given(applications.list(any(), eq(null), any())).willReturn(new PageImpl<>(
                List.of(UiTestSupport.application(1, PARTNER_ID, ApplicationState.APPROVED)), PageRequest.of(0, 20), 1));

        shows(mvc.perform(get("/home")), "id=\"partner-status\">Авторизованный партнёр</span>", "DRX-P-2026-000020",
                "href=\"/partner/certificate\"", "href=\"/verify/DRX-P-2026-000020\"",
                "Итоговая скидка на лицензии (не более 50%)", "250,00 ₽", "Статус присвоен",
                "Заявка № 1 одобрена, соглашение подписано, базовое обучение пройдено")
                .andExpect(view().name(HomeController.VIEW_HOME))
                .andExpect(content().string(matchesPattern(quotaRow("Бесплатные лицензии для собственных нужд", 20, 17))))
                .andExpect(content().string(matchesPattern(quotaRow("Бесплатные консультации, часов в месяц", 5, 3))))
                .andExpect(content().string(not(containsString("id=\"apply\""))));
    }

    @Test
    void applicantWithoutOpenApplication_isOfferedToApply() throws Exception {
        givenAnApplicant();
        given(applications.list(any(), eq(null), any())).willReturn(Page.empty(PageRequest.of(0, 20)));

        mvc.perform(get("/home"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"partner-status\">Кандидат</span>")))
                .andExpect(content().string(containsString("id=\"apply\"")))
                .andExpect(content().string(containsString("Льготы начинают действовать после присвоения статуса партнёра.")))
                .andExpect(content().string(containsString("data-step=\"APPLY\" data-progress=\"CURRENT\" aria-current=\"step\"")))
                .andExpect(content().string(containsString("id=\"guide-apply\" href=\"/applications/new\"")));
    }

    @Test
    void applicantAtTheAgreement_isToldItIsTheirMove_byWhen_withTheAgreementToDownloadAndTheUpload() throws Exception {
        givenAnApplicant();
        given(applications.list(any(), eq(null), any())).willReturn(new PageImpl<>(
                List.of(UiTestSupport.application(5, PARTNER_ID, ApplicationState.AGREEMENT))));
        given(guides.application(any(), eq(5L))).willReturn(RequestGuide.of(RequestedStatus.AUTHORIZED, ApplicationState.AGREEMENT,
                new RequestGuide.Now(Instant.parse("2026-12-09T15:00:00Z"), null, "task-7")));

        mvc.perform(get("/home"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"apply\""))))
                .andExpect(content().string(containsString("data-step=\"REVIEW\" data-progress=\"DONE\"")))
                .andExpect(content().string(containsString("data-step=\"AGREEMENT\" data-progress=\"CURRENT\"")))
                .andExpect(content().string(containsString("Ход за вами")))
                .andExpect(content().string(containsString("до 09.12.2026 18:00 MSK")))
                .andExpect(content().string(containsString("id=\"guide-agreement\" href=\"/partner/agreement-template\"")))
                .andExpect(content().string(containsString("id=\"guide-task\" href=\"/inbox/task-7\"")));
    }

    @Test
    void applicantApprovedButNotYetGranted_seesTheJoinDone_andIsNotOfferedToApplyAgain() throws Exception {
        givenAnApplicant();
        given(applications.list(any(), eq(null), any())).willReturn(new PageImpl<>(
                List.of(UiTestSupport.application(5, PARTNER_ID, ApplicationState.APPROVED))));
        given(guides.application(any(), eq(5L))).willReturn(RequestGuide.of(RequestedStatus.AUTHORIZED, ApplicationState.APPROVED,
                RequestGuide.Now.NOTHING));

        mvc.perform(get("/home"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"apply\""))))
                .andExpect(content().string(not(containsString("data-step=\"APPLY\" data-progress=\"CURRENT\""))))
                .andExpect(content().string(containsString("data-step=\"STATUS\" data-progress=\"DONE\"")));
    }

    @Test
    void theAgreementToSign_isAPdfOfTheCompany() throws Exception {
        given(guides.agreementTemplate(any())).willReturn(new RequestGuides.AgreementFile("partner-agreement-7701000001.pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));

        mvc.perform(get("/partner/agreement-template"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("partner-agreement-7701000001.pdf")));
    }

    @Test
    void theOnPremisesDiscountIsExplained_baseAndTheQuartersAdditionalOne() throws Exception {
        given(partners.get(any(), eq(PARTNER_ID))).willReturn(authorized());
        var breakdown = new Benefits.DiscountBreakdown(LocalDate.of(2027, 10, 31), "2026-Q4", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31), new BigDecimal("2000000.00"), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 9, 30), 50,
                new BigDecimal("5.00"), false, null, null);
        given(partners.benefits(any(), eq(PARTNER_ID))).willReturn(new Benefits(PartnerStatus.AUTHORIZED, BigDecimal.valueOf(35),
                new BigDecimal("5.00"), new BigDecimal("40.00"), 50, 35, 20, 35, 35, 20, 20, 20, 5, 5, 1, 1, "NONE", BigDecimal.ZERO,
                breakdown));
        given(applications.list(any(), eq(null), any())).willReturn(Page.empty(PageRequest.of(0, 20)));

        shows(mvc.perform(get("/home")), "Скидка on-premises: 35% базовая + 5% дополнительная = 40%",
                "действует до конца партнёрского года (31.10.2027)", "href=\"/partner/tier\"")
                .andExpect(content().string(containsString("Дополнительная скидка на квартал 2026-Q4: платежи 2\u00a0000\u00a0000,00 ₽ "
                        + "за 01.04.2026 – 30.09.2026, план развития выполнен на 50% → 5% по таблице.")))
                .andExpect(content().string(not(containsString("Итог ограничен"))))
                .andExpect(content().string(not(containsString("id=\"checklist\""))))
                .andExpect(content().string(containsString("href=\"/partner/tier\"")));
    }

    @Test
    void afterAPromotionWithinTheYear_thePageSaysWhenTheNewBaseDiscountApplies() throws Exception {
        given(partners.get(any(), eq(PARTNER_ID))).willReturn(authorized());
        var breakdown = new Benefits.DiscountBreakdown(LocalDate.of(2027, 10, 31), null, null, null, null, null, null, null, null,
                false, BigDecimal.valueOf(40), LocalDate.of(2027, 11, 1));
        given(partners.benefits(any(), eq(PARTNER_ID))).willReturn(new Benefits(PartnerStatus.CERTIFIED, BigDecimal.valueOf(35),
                BigDecimal.ZERO, BigDecimal.valueOf(35), 55, 35, 20, 40, 35, 20, 40, 40, 10, 10, 2, 2, "ON_REQUEST", BigDecimal.ZERO,
                breakdown));
        given(applications.list(any(), eq(null), any())).willReturn(Page.empty(PageRequest.of(0, 20)));

        mvc.perform(get("/home"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Базовая скидка 35% закреплена до конца партнёрского года (31.10.2027).")))
                .andExpect(content().string(containsString("его базовая скидка 40% действует с 01.11.2027")))
                .andExpect(content().string(not(containsString("действует до конца партнёрского года"))));
    }

    @Test
    void theCertificateOpensInPlaceAsAPdfNamedByItsNumber() throws Exception {
        given(partners.ownCertificate(any())).willReturn(new Partners.Certificate("certificate-DRX-P-2026-000020.pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));

        mvc.perform(get("/partner/certificate"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"certificate-DRX-P-2026-000020.pdf\""))
                .andExpect(content().bytes("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void aUserOfNoCompanyHasNoCertificate() throws Exception {
        signedIn(UiTestSupport.reviewer());
        given(partners.ownCertificate(any())).willThrow(new NotFoundException("notFound.certificate"));

        mvc.perform(get("/partner/certificate"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error/404"));
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void staffGoToTheirInbox() throws Exception {
        signedIn(UiTestSupport.reviewer());

        mvc.perform(get("/home")).andExpect(redirectedUrl("/inbox"));
    }

    /** The signed-in partner is a company still applying: no status, no benefits yet. */
    private void givenAnApplicant() {
        given(partners.get(any(), eq(PARTNER_ID))).willReturn(applicant());
        given(partners.benefits(any(), eq(PARTNER_ID))).willReturn(new Benefits(PartnerStatus.APPLICANT, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "NONE", BigDecimal.ZERO, null));
    }

    /** A quota's row on the page, its quota and what is left, whatever white space the rows' fragment leaves between cells. */
    private static Pattern quotaRow(String label, int quota, int left) {
        return Pattern.compile("(?s).*" + Pattern.quote(label + "</td>")
                + "\\s*" + Pattern.quote("<td class=\"text-end\">" + quota + "</td>")
                + "\\s*" + Pattern.quote("<td class=\"text-end\">" + left + "</td>") + ".*");
    }

    private static PartnerCompany applicant() {
        var partner = new PartnerCompany("ООО «Альфа Софт»", "7701000001", "Москва", "Анна Альфина", "anna@alfa-soft.example",
                "+7 495 000-00-00", UiTestSupport.NOW);
        ReflectionTestUtils.setField(partner, "id", PARTNER_ID);
        return partner;
    }

    /** The entity grants a status only inside the domain's own workflow, so the fixture sets the fields directly. */
    private static PartnerCompany authorized() {
        var partner = applicant();
        ReflectionTestUtils.setField(partner, "status", PartnerStatus.AUTHORIZED);
        ReflectionTestUtils.setField(partner, "certificateNumber", "DRX-P-2026-000020");
        ReflectionTestUtils.setField(partner, "partnerYearStart", LocalDate.of(2026, 11, 1));
        ReflectionTestUtils.setField(partner, "partnerYearEnd", LocalDate.of(2027, 10, 31));
        ReflectionTestUtils.setField(partner, "baseDiscount", BigDecimal.valueOf(35));
        return partner;
    }
}

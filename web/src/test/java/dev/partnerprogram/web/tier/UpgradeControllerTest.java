package dev.partnerprogram.web.tier;

import static dev.partnerprogram.support.UiTestSupport.shows;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.partner.Benefits;
import dev.partnerprogram.partner.DiscountCalculator;
import dev.partnerprogram.partner.LicenceService.NewRequest;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.partner.Quarter;
import dev.partnerprogram.support.PageSliceTest;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.upgrade.EligibilityRules;
import dev.partnerprogram.upgrade.EligibilityService;
import dev.partnerprogram.upgrade.ProjectComplexity;
import dev.partnerprogram.upgrade.ProjectService.ProjectInput;
import dev.partnerprogram.web.system.page.Flash;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import dev.partnerprogram.workflow.partner.Partners;
import dev.partnerprogram.workflow.upgrade.TierFacade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.ReflectionTestUtils;

@WithMockUser(username = "partner", roles = "PARTNER")
class UpgradeControllerTest extends PageSliceTest {
    private static final long PARTNER_ID = 20;

    @Autowired TierFacade tier;
    @Autowired Partners partners;
    @Autowired ApplicationWorkflow applications;

    @BeforeEach
    void signedInPartner() {
        signedIn(UiTestSupport.partner(PARTNER_ID));
        given(partners.own(any())).willReturn(authorized());
        given(applications.list(any(), eq(null), any())).willReturn(Page.empty(PageRequest.of(0, 20)));
        given(tier.overview(any(), eq(PARTNER_ID), any())).willReturn(overview(authorized(), Optional.empty()));
    }

    @Test
    void theProgressShowsEachCriterionWithValueThresholdAndPassOrFail_andOffersNoRequestThatWouldBeRefused() throws Exception {
        given(tier.overview(any(), eq(PARTNER_ID), any())).willReturn(overview(authorized(), Optional.of(new EligibilityService.Evaluation(
                PARTNER_ID, PartnerStatus.AUTHORIZED, PartnerStatus.CERTIFIED, EligibilityRules.Purpose.UPGRADE, false, List.of(
                new EligibilityService.Item("MEDIUM_PROJECTS", new BigDecimal("2.00"), ">=", new BigDecimal("3.00"), false),
                new EligibilityService.Item("REVENUE_LAST_QUARTER", new BigDecimal("150000.00"), ">", BigDecimal.ZERO, true)),
                LocalDate.of(2025, 11, 1), new Quarter(2026, 3), new Quarter(2026, 2), false, null))));

        shows(mvc.perform(get("/partner/tier")), "Прогресс к статусу «Сертифицированный партнёр»",
                "<td class=\"text-end\">150\u00a0000,00 ₽</td>", "Платежи считаются по кварталам 2026-Q2 и 2026-Q3.",
                "Не все требования выполнены", "id=\"upgrade-not-yet\"")
                .andExpect(view().name(UpgradeController.VIEW_TIER))
                .andExpect(content().string(containsString("<td>Завершённые проекты средней сложности и выше</td>\n"
                        + "    <td class=\"text-end\">2</td>\n    <td class=\"text-end text-nowrap\">≥ 3</td>")))
                .andExpect(content().string(not(containsString("id=\"apply-upgrade\""))));
    }

    @Test
    void aPartnerWhoMeetsEveryRequirement_isOfferedTheRequest() throws Exception {
        given(tier.overview(any(), eq(PARTNER_ID), any())).willReturn(overview(authorized(), Optional.of(new EligibilityService.Evaluation(
                PARTNER_ID, PartnerStatus.AUTHORIZED, PartnerStatus.CERTIFIED, EligibilityRules.Purpose.UPGRADE, true, List.of(
                new EligibilityService.Item("REVENUE_LAST_QUARTER", new BigDecimal("150000.00"), ">", BigDecimal.ZERO, true)),
                LocalDate.of(2025, 11, 1), new Quarter(2026, 3), new Quarter(2026, 2), false, null))));

        mvc.perform(get("/partner/tier"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Все требования выполнены")))
                .andExpect(content().string(containsString("id=\"apply-upgrade\"")))
                .andExpect(content().string(not(containsString("id=\"upgrade-not-yet\""))));
    }

    @Test
    void aGeneralPartnerHasNoNextTier() throws Exception {
        PartnerCompany general = authorized();
        ReflectionTestUtils.setField(general, "status", PartnerStatus.GENERAL);
        given(tier.overview(any(), eq(PARTNER_ID), any())).willReturn(overview(general, Optional.empty()));

        mvc.perform(get("/partner/tier"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Компания имеет высший статус")))
                .andExpect(content().string(not(containsString("id=\"apply-upgrade\""))));
    }

    @Test
    void theCalculatorPricesTheFilledLines_andPutsAnErrorUnderTheRowItBelongsTo() throws Exception {
        var line = new DiscountCalculator.PricedLine(DiscountCalculator.Item.LICENSE_ON_PREMISES, null, new BigDecimal("100000.00"), 2,
                new BigDecimal("200000.00"), BigDecimal.valueOf(35), new BigDecimal("65000.00"), new BigDecimal("130000.00"),
                new BigDecimal("70000.00"));
        given(tier.quote(any(), eq(PARTNER_ID), anyList(), isNull())).willReturn(new DiscountCalculator.Quote(PartnerStatus.AUTHORIZED,
                List.of(line), new BigDecimal("200000.00"), new BigDecimal("130000.00"), new BigDecimal("70000.00"), null, null));

        shows(mvc.perform(post("/partner/calculator").with(csrf())
                        .param("item0", "LICENSE_ON_PREMISES").param("listPrice0", "100 000").param("quantity0", "2")
                        .param("item3", "SOLUTION").param("listPrice3", "").param("quantity3", "1")),
                "id=\"partner-total\">130\u00a0000,00 ₽</th>", "Экономия 70\u00a0000,00 ₽");
        verify(tier).quote(any(), eq(PARTNER_ID), eq(List.of(new DiscountCalculator.Line(DiscountCalculator.Item.LICENSE_ON_PREMISES,
                null, new BigDecimal("100000"), 2))), isNull());

        mvc.perform(post("/partner/calculator").with(csrf())
                        .param("item2", "SOLUTION").param("listPrice2", "много").param("quantity2", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"listPrice2-error\"")))
                .andExpect(content().string(not(containsString("id=\"quote\""))));
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void staffHaveNoPartnerPagesOfTheirOwn() throws Exception {
        signedIn(UiTestSupport.reviewer());
        given(partners.own(any())).willThrow(new ForbiddenException("forbidden.partnerPagesOnly"));

        mvc.perform(get("/partner/tier")).andExpect(status().isForbidden()).andExpect(view().name("error/403"));
        mvc.perform(post("/partner/projects").with(csrf()).param("title", "Внедрение")).andExpect(status().isForbidden());
        verifyNoInteractions(tier);
    }

    @Test
    void aProjectThatDoesNotParse_staysOnThePageWithTheErrorsAndIsNotSent() throws Exception {
        mvc.perform(post("/partner/projects").with(csrf()).param("customer", "Заказчик").param("title", "Внедрение")
                        .param("complexity", "HUGE").param("startedOn", "вчера"))
                .andExpect(status().isOk())
                .andExpect(view().name(UpgradeController.VIEW_TIER))
                .andExpect(model().attribute("fieldErrors", Map.of("complexity", "Выберите один из вариантов.",
                        "startedOn", "Укажите дату в формате ГГГГ-ММ-ДД")))
                .andExpect(model().attribute("form", hasEntry("startedOn", "вчера")))
                .andExpect(content().string(containsString("value=\"Заказчик\"")));
        verify(tier, never()).createProject(any(), any());
    }

    @Test
    void aProjectIsEnteredForTheCompany_andThePartnerGoesBackToItsList() throws Exception {
        mvc.perform(post("/partner/projects").with(csrf()).param("customer", "Заказчик").param("title", "Внедрение")
                        .param("complexity", "MEDIUM").param("startedOn", "2026-01-10").param("caseStudy", ""))
                .andExpect(redirectedUrl("/partner/tier#projects"))
                .andExpect(flash().attributeExists(Flash.ATTRIBUTE));
        verify(tier).createProject(any(), eq(new ProjectInput("Заказчик", "Внедрение", ProjectComplexity.MEDIUM,
                LocalDate.of(2026, 1, 10), null, "")));
    }

    @Test
    void aLicenceRequestBeyondTheQuota_isAProblemAboveTheForm() throws Exception {
        given(tier.usage(any(), eq(PARTNER_ID), any())).willReturn(new TierFacade.Usage(benefits(),
                Page.empty(PageRequest.of(0, 20)), Page.empty(PageRequest.of(0, 20))));
        given(tier.requestLicences(any(), eq(PARTNER_ID), eq(new NewRequest(30, "Стенд")))).willThrow(new ConflictException(
                "conflict.licences.left", 5, 20, 30));

        mvc.perform(post("/partner/licences").with(csrf()).param("quantity", "30").param("purpose", "Стенд"))
                .andExpect(status().isOk())
                .andExpect(view().name(UpgradeController.VIEW_USAGE))
                .andExpect(model().attributeExists(Flash.ATTRIBUTE, "benefits", "licenceRequests", "consultations"))
                .andExpect(content().string(containsString("осталось 5 из 20 бесплатных лицензий; 30 запросить нельзя")));
    }

    @Test
    void aLicenceRequestWithABadField_showsTheDomainsErrorUnderIt() throws Exception {
        given(tier.usage(any(), eq(PARTNER_ID), any())).willReturn(new TierFacade.Usage(benefits(),
                Page.empty(PageRequest.of(0, 20)), Page.empty(PageRequest.of(0, 20))));
        given(tier.requestLicences(any(), eq(PARTNER_ID), any())).willThrow(new InvalidInputException("purpose", "error.required"));

        mvc.perform(post("/partner/licences").with(csrf()).param("quantity", "2"))
                .andExpect(status().isOk())
                .andExpect(model().attribute("fieldErrors", Map.of("purpose", "Заполните поле.")));
    }

    private static TierFacade.Overview overview(PartnerCompany partner, Optional<EligibilityService.Evaluation> progress) {
        var empty = PageRequest.of(0, 20);
        return new TierFacade.Overview(partner, progress, Page.empty(empty), new TierFacade.Plan(Optional.empty(), 0, Page.empty(empty)),
                Page.empty(empty), Page.empty(empty));
    }

    private static Benefits benefits() {
        return new Benefits(PartnerStatus.AUTHORIZED, BigDecimal.valueOf(35), BigDecimal.ZERO, BigDecimal.valueOf(35), 50, 35, 20, 35,
                35, 20, 20, 5, 5, 3, 1, 0, "NONE", BigDecimal.ZERO, null);
    }

    private static PartnerCompany authorized() {
        var partner = new PartnerCompany("ООО «Альфа Софт»", "7701000001", "Москва", "Анна Альфина", "anna@alfa-soft.example",
                "+7 495 000-00-00", UiTestSupport.NOW);
        ReflectionTestUtils.setField(partner, "id", PARTNER_ID);
        ReflectionTestUtils.setField(partner, "status", PartnerStatus.AUTHORIZED);
        return partner;
    }
}

package dev.partnerprogram.web.tier;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.partner.BenefitsService;
import dev.partnerprogram.partner.ConsultationService;
import dev.partnerprogram.partner.DiscountCalculator;
import dev.partnerprogram.partner.LicenceService;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.partner.Quarter;
import dev.partnerprogram.partner.TierService;
import dev.partnerprogram.support.UiTestSupport;
import dev.partnerprogram.upgrade.DevelopmentPlanService;
import dev.partnerprogram.upgrade.EligibilityRules;
import dev.partnerprogram.upgrade.EligibilityService;
import dev.partnerprogram.upgrade.PartnerYearService;
import dev.partnerprogram.upgrade.ProjectService;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import dev.partnerprogram.workflow.upgrade.UpgradeWorkflow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(UpgradeController.class)
@Import(UiTestSupport.class)
@WithMockUser(username = "partner", roles = "PARTNER")
class UpgradeControllerTest {
    private static final long PARTNER_ID = 20;

    @Autowired
    MockMvc mvc;

    @MockitoBean UpgradeWorkflow upgrades;
    @MockitoBean ApplicationWorkflow applications;
    @MockitoBean PartnerService partners;
    @MockitoBean BenefitsService benefits;
    @MockitoBean ProjectService projects;
    @MockitoBean DevelopmentPlanService plans;
    @MockitoBean TierService tiers;
    @MockitoBean PartnerYearService years;
    @MockitoBean DiscountCalculator calculator;
    @MockitoBean LicenceService licences;
    @MockitoBean ConsultationService consultations;
    @MockitoBean AppUserRepository users;

    @BeforeEach
    void signedInPartner() {
        given(users.findByUsername("partner")).willReturn(Optional.of(UiTestSupport.partner(PARTNER_ID)));
        given(partners.get(PARTNER_ID)).willReturn(authorized());
        given(applications.list(any(), eq(null), any())).willReturn(Page.empty(PageRequest.of(0, 20)));
        given(projects.list(eq(PARTNER_ID), any())).willReturn(Page.empty(PageRequest.of(0, 20)));
        given(plans.items(eq(PARTNER_ID), any())).willReturn(Page.empty(PageRequest.of(0, 20)));
        given(tiers.discounts(eq(PARTNER_ID), any())).willReturn(Page.empty(PageRequest.of(0, 20)));
        given(years.reviews(eq(PARTNER_ID), any())).willReturn(Page.empty(PageRequest.of(0, 20)));
    }

    @Test
    void theProgressShowsEachCriterionWithValueThresholdAndPassOrFail_andOffersTheRequest() throws Exception {
        given(upgrades.progress(any(), eq(PARTNER_ID))).willReturn(Optional.of(new EligibilityService.Evaluation(PARTNER_ID,
                PartnerStatus.AUTHORIZED, PartnerStatus.CERTIFIED, EligibilityRules.Purpose.UPGRADE, false, List.of(
                new EligibilityService.Item("MEDIUM_PROJECTS", new BigDecimal("2.00"), ">=", new BigDecimal("3.00"), false),
                new EligibilityService.Item("REVENUE_LAST_QUARTER", new BigDecimal("150000.00"), ">", BigDecimal.ZERO, true)),
                LocalDate.of(2025, 11, 1), new Quarter(2026, 3), new Quarter(2026, 2), false, null)));

        mvc.perform(get("/partner/tier"))
                .andExpect(status().isOk())
                .andExpect(view().name(UpgradeController.VIEW_TIER))
                .andExpect(content().string(containsString("Прогресс к статусу «Сертифицированный партнёр»")))
                .andExpect(content().string(containsString("<td>Завершённые проекты средней сложности и выше</td>\n"
                        + "    <td class=\"text-end\">2</td>\n    <td class=\"text-end text-nowrap\">≥ 3</td>")))
                .andExpect(content().string(containsString("<td class=\"text-end\">150\u00a0000,00 ₽</td>")))
                .andExpect(content().string(containsString("Платежи считаются по кварталам 2026-Q2 и 2026-Q3.")))
                .andExpect(content().string(containsString("Не все требования выполнены")))
                .andExpect(content().string(containsString("id=\"apply-upgrade\"")));
    }

    @Test
    void aGeneralPartnerHasNoNextTier() throws Exception {
        PartnerCompany general = authorized();
        ReflectionTestUtils.setField(general, "status", PartnerStatus.GENERAL);
        given(partners.get(PARTNER_ID)).willReturn(general);
        given(upgrades.progress(any(), eq(PARTNER_ID))).willReturn(Optional.empty());

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
        given(calculator.quote(eq(PARTNER_ID), anyList())).willReturn(new DiscountCalculator.Quote(PartnerStatus.AUTHORIZED,
                List.of(line), new BigDecimal("200000.00"), new BigDecimal("130000.00"), new BigDecimal("70000.00"), null));

        mvc.perform(post("/partner/calculator").with(csrf())
                        .param("item0", "LICENSE_ON_PREMISES").param("listPrice0", "100 000").param("quantity0", "2")
                        .param("item3", "SOLUTION").param("listPrice3", "").param("quantity3", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"partner-total\">130\u00a0000,00 ₽</th>")))
                .andExpect(content().string(containsString("Экономия 70\u00a0000,00 ₽")));
        verify(calculator).quote(eq(PARTNER_ID), eq(List.of(new DiscountCalculator.Line(DiscountCalculator.Item.LICENSE_ON_PREMISES,
                null, new BigDecimal("100000"), 2))));

        mvc.perform(post("/partner/calculator").with(csrf())
                        .param("item2", "SOLUTION").param("listPrice2", "много").param("quantity2", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"listPrice2-error\"")))
                .andExpect(content().string(not(containsString("id=\"quote\""))));
    }

    @Test
    @WithMockUser(username = "reviewer", roles = "REVIEWER")
    void staffHaveNoPartnerPagesOfTheirOwn() throws Exception {
        given(users.findByUsername("reviewer")).willReturn(Optional.of(UiTestSupport.reviewer()));

        mvc.perform(get("/partner/tier")).andExpect(status().isForbidden());
        verifyNoInteractions(projects);
    }

    private static PartnerCompany authorized() {
        var partner = new PartnerCompany("ООО «Альфа Софт»", "7701000001", "Москва", "Анна Альфина", "anna@alfa-soft.example",
                "+7 495 000-00-00", UiTestSupport.NOW);
        ReflectionTestUtils.setField(partner, "id", PARTNER_ID);
        ReflectionTestUtils.setField(partner, "status", PartnerStatus.AUTHORIZED);
        return partner;
    }
}

package dev.partnerprogram.workflow.upgrade;

import static dev.partnerprogram.workflow.partner.AccessFixtures.OTHER;
import static dev.partnerprogram.workflow.partner.AccessFixtures.OWN;
import static dev.partnerprogram.workflow.partner.AccessFixtures.admin;
import static dev.partnerprogram.workflow.partner.AccessFixtures.company;
import static dev.partnerprogram.workflow.partner.AccessFixtures.manager;
import static dev.partnerprogram.workflow.partner.AccessFixtures.partner;
import static dev.partnerprogram.workflow.partner.AccessFixtures.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.partnerprogram.agreement.AgreementService;
import dev.partnerprogram.deal.DealService;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.partner.BenefitsService;
import dev.partnerprogram.partner.CertificateService;
import dev.partnerprogram.partner.ConsultationService;
import dev.partnerprogram.partner.DiscountCalculator;
import dev.partnerprogram.partner.LicenceRequest;
import dev.partnerprogram.partner.LicenceService;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.partner.TierService;
import dev.partnerprogram.upgrade.DevelopmentPlanItem;
import dev.partnerprogram.upgrade.DevelopmentPlanService;
import dev.partnerprogram.upgrade.EligibilityService;
import dev.partnerprogram.upgrade.PartnerProject;
import dev.partnerprogram.upgrade.PartnerYearService;
import dev.partnerprogram.upgrade.ProjectComplexity;
import dev.partnerprogram.upgrade.ProjectService;
import dev.partnerprogram.workflow.partner.Partners;
import dev.partnerprogram.workflow.upgrade.TierFacade.LicenceDecision;
import dev.partnerprogram.workflow.upgrade.TierFacade.ProjectDecision;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * The access policy of {@link TierFacade}: who reads which company's tier facts and who may change them, with the
 * domain services mocked and the partner visibility of the real {@link Partners}.
 */
class TierFacadeTest {
    private static final Pageable PAGE = PageRequest.of(0, 20);
    private static final ProjectService.ProjectInput PROJECT = new ProjectService.ProjectInput("Заказчик", "Внедрение",
            ProjectComplexity.MEDIUM, LocalDate.of(2026, 1, 10), null, null);

    private final PartnerService partnerService = mock(PartnerService.class);
    private final BenefitsService benefits = mock(BenefitsService.class);
    private final EligibilityService eligibility = mock(EligibilityService.class);
    private final ProjectService projects = mock(ProjectService.class);
    private final DevelopmentPlanService plans = mock(DevelopmentPlanService.class);
    private final TierService tiers = mock(TierService.class);
    private final PartnerYearService years = mock(PartnerYearService.class);
    private final ConsultationService consultations = mock(ConsultationService.class);
    private final LicenceService licences = mock(LicenceService.class);
    private final DiscountCalculator calculator = mock(DiscountCalculator.class);
    private final AgreementService agreements = mock(AgreementService.class);
    private final TierFacade tier = new TierFacade(new Partners(partnerService, benefits, mock(CertificateService.class)), benefits,
            eligibility, projects, plans, tiers, years, consultations, licences, calculator, agreements, mock(DealService.class));

    @BeforeEach
    void companies() {
        given(partnerService.get(OWN)).willReturn(company(OWN, null));
        given(partnerService.get(OTHER)).willReturn(company(OTHER, null));
        given(projects.list(anyLong(), any())).willReturn(Page.empty(PAGE));
        given(projects.pending(any())).willReturn(Page.empty(PAGE));
        given(plans.items(anyLong(), any())).willReturn(Page.empty(PAGE));
        given(tiers.discounts(anyLong(), any())).willReturn(Page.empty(PAGE));
        given(years.reviews(anyLong(), any())).willReturn(Page.empty(PAGE));
        given(years.flagged(any())).willReturn(Page.empty(PAGE));
        given(licences.list(anyLong(), any())).willReturn(Page.empty(PAGE));
        given(licences.open(any())).willReturn(Page.empty(PAGE));
        given(consultations.list(anyLong(), any())).willReturn(Page.empty(PAGE));
    }

    // ---- reading ---------------------------------------------------------------------------------------------------

    @Test
    void aPartnerReadsItsOwnTier_andAnotherCompanysIsNotFoundWithNothingRead() {
        assertThat(tier.overview(partner(), OWN, PAGE).partner().getId()).isEqualTo(OWN);

        assertThatThrownBy(() -> tier.overview(partner(), OTHER, PAGE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.usage(partner(), OTHER, PAGE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.progress(partner(), OTHER)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.plan(partner(), OTHER, PAGE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.discounts(partner(), OTHER, PAGE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.reviews(partner(), OTHER, PAGE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.consultations(partner(), OTHER, PAGE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.licenceRequests(partner(), OTHER, PAGE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.quote(partner(), OTHER, List.of())).isInstanceOf(NotFoundException.class);
        verify(eligibility, never()).progress(OTHER);
        verify(projects, never()).list(OTHER, PAGE);
        verify(tiers, never()).discounts(OTHER, PAGE);
        verifyNoInteractions(calculator);
    }

    @Test
    void everyKindOfStaffReadsEveryCompanysTier() {
        for (Caller staff : List.of(reviewer(), manager(), admin())) {
            assertThat(tier.overview(staff, OTHER, PAGE).partner().getId()).isEqualTo(OTHER);
            assertThat(tier.usage(staff, OTHER, PAGE).licenceRequests()).isEmpty();
        }
    }

    @Test
    void theStaffPageIsForReviewersAndManagers_notForAdministratorsOrPartners() {
        var staffPage = tier.staffOverview(reviewer(), OTHER, PAGE);
        assertThat(staffPage.tier().partner().getId()).isEqualTo(OTHER);
        assertThat(staffPage.evidence()).isEmpty();
        assertThat(tier.staffOverview(manager(), OTHER, PAGE).usage()).isNotNull();

        assertThatThrownBy(() -> tier.staffOverview(admin(), OTHER, PAGE)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tier.staffOverview(partner(), OWN, PAGE)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theQueueShowsFlaggedPartnersOnlyToManagers() {
        assertThat(tier.queue(manager(), PAGE).flagged()).isPresent();
        assertThat(tier.queue(reviewer(), PAGE).flagged()).isEmpty();
        verify(years).flagged(any());

        assertThatThrownBy(() -> tier.queue(admin(), PAGE)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tier.flagged(reviewer(), PAGE)).isInstanceOf(ForbiddenException.class);
        assertThat(tier.flagged(manager(), PAGE)).isEmpty();
    }

    // ---- projects --------------------------------------------------------------------------------------------------

    @Test
    void projectsAreEnteredByThePartnerForItsOwnCompany() {
        tier.createProject(partner(), PROJECT);
        verify(projects).create(OWN, PROJECT, partner().username());

        assertThatThrownBy(() -> tier.createProject(manager(), PROJECT)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theProjectList_isThePartnersOwnWhateverItAsksFor_andStaffChooseOrSeeThePending() {
        tier.projects(partner(), OTHER, PAGE);
        verify(projects).list(OWN, PAGE);

        tier.projects(admin(), OTHER, PAGE);
        verify(projects).list(OTHER, PAGE);
        tier.projects(reviewer(), null, PAGE);
        verify(projects).pending(PAGE);

        Caller nobody = new Caller("nobody", null, Set.of(), Set.of(), "ru");
        assertThatThrownBy(() -> tier.projects(nobody, null, PAGE)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anotherCompanysProjectIsNotFound_andOnlyItsOwnerCorrectsIt() {
        PartnerProject others = project(5, OTHER);
        project(6, OWN);

        assertThatThrownBy(() -> tier.project(partner(), 5)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.updateProject(partner(), 5, PROJECT)).isInstanceOf(NotFoundException.class);
        assertThat(tier.project(reviewer(), 5)).isSameAs(others);
        assertThatThrownBy(() -> tier.updateProject(manager(), 6, PROJECT)).isInstanceOf(ForbiddenException.class);

        tier.updateProject(partner(), 6, PROJECT);
        verify(projects).update(6, PROJECT);
        verify(projects, never()).update(5, PROJECT);
    }

    @Test
    void reviewersReviewProjects_onlyOnTheCompanysPage_andTheDecisionIsCheckedAfterWhoAsks() {
        project(7, OWN);

        assertThatThrownBy(() -> tier.reviewProject(partner(), null, 7, ProjectDecision.CONFIRM, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tier.reviewProject(admin(), null, 7, ProjectDecision.CONFIRM, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tier.reviewProject(partner(), null, 7, null, null)).as("who asks is checked first")
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tier.reviewProject(reviewer(), OTHER, 7, ProjectDecision.CONFIRM, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.reviewProject(reviewer(), null, 7, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("decision"));
        verify(projects, never()).review(anyLong(), anyBoolean(), any(), any());

        tier.reviewProject(reviewer(), OWN, 7, ProjectDecision.REJECT, "Нет акта");
        verify(projects).review(7, false, "Нет акта", "reviewer");
    }

    // ---- development plan ------------------------------------------------------------------------------------------

    @Test
    void reviewersKeepThePlan_andAGoalOfAnotherCompanyIsNotFoundOnThisOne() {
        DevelopmentPlanItem goal = mock(DevelopmentPlanItem.class);
        given(goal.getPartnerId()).willReturn(OTHER);
        given(plans.item(9)).willReturn(goal);

        assertThatThrownBy(() -> tier.addPlanItem(partner(), OWN, "Цель", null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tier.addPlanItem(admin(), OWN, "Цель", null)).isInstanceOf(ForbiddenException.class);
        tier.addPlanItem(reviewer(), OWN, "Цель", null);
        verify(plans).addItem(OWN, "Цель", null, "reviewer");

        assertThatThrownBy(() -> tier.markPlanItem(reviewer(), OWN, 9, true)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.markPlanItem(reviewer(), OTHER, 9, null)).isInstanceOf(InvalidInputException.class);
        tier.markPlanItem(manager(), OTHER, 9, true);
        verify(plans).mark(9, true, "manager");
    }

    @Test
    void onlyManagersAssignTheDevelopmentManager() {
        assertThatThrownBy(() -> tier.assignManager(reviewer(), OWN, "manager")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tier.assignManager(partner(), OWN, "manager")).isInstanceOf(ForbiddenException.class);
        verify(plans, never()).assignManager(anyLong(), any());

        tier.assignManager(manager(), OWN, "manager");
        verify(plans).assignManager(OWN, "manager");
    }

    // ---- counted benefits ------------------------------------------------------------------------------------------

    @Test
    void consultationsAreLoggedByReviewers_andAnotherCompanyIsNotFoundBeforeTheRoleIsAsked() {
        var input = new ConsultationService.NewConsultation(LocalDate.of(2026, 11, 20), 2, "Настройка");

        assertThatThrownBy(() -> tier.logConsultation(partner(), OTHER, input)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.logConsultation(partner(), OWN, input)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tier.logConsultation(admin(), OWN, input)).isInstanceOf(ForbiddenException.class);
        verify(consultations, never()).log(anyLong(), any(), any());

        tier.logConsultation(reviewer(), OWN, input);
        verify(consultations).log(OWN, input, "reviewer");
    }

    @Test
    void freeLicencesAreRequestedByThePartnerForItself() {
        var input = new LicenceService.NewRequest(2, "Стенд");

        assertThatThrownBy(() -> tier.requestLicences(partner(), OTHER, input)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tier.requestLicences(manager(), OWN, input)).isInstanceOf(ForbiddenException.class);
        tier.requestLicences(partner(), OWN, input);
        verify(licences).request(OWN, input, partner().username());
    }

    @Test
    void aSuspendedPartnersQuotasAreFrozen_nothingIsSpentAndTheReasonIsTold() {
        doThrow(new ForbiddenException("forbidden.agreement.SUSPENDED", "DRX-A-2026-000001", "2026-11-01", "2027-01-29"))
                .when(agreements).requireValid(OWN);
        LicenceRequest request = mock(LicenceRequest.class);
        given(request.getPartnerId()).willReturn(OWN);
        given(licences.get(12)).willReturn(request);

        assertThatThrownBy(() -> tier.requestLicences(partner(), OWN, new LicenceService.NewRequest(1, "Стенд")))
                .isInstanceOf(ForbiddenException.class).extracting(e -> ((ForbiddenException) e).code()).isEqualTo("forbidden.agreement.SUSPENDED");
        assertThatThrownBy(() -> tier.logConsultation(reviewer(), OWN,
                new ConsultationService.NewConsultation(LocalDate.of(2026, 11, 20), 1, "Настройка"))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tier.decideLicences(reviewer(), OWN, 12, LicenceDecision.ISSUE, null)).isInstanceOf(ForbiddenException.class);
        verify(licences, never()).request(anyLong(), any(), any());
        verify(consultations, never()).log(anyLong(), any(), any());
        verify(licences, never()).decide(anyLong(), anyBoolean(), any(), any());

        tier.decideLicences(reviewer(), OWN, 12, LicenceDecision.REJECT, "Договор приостановлен");
        verify(licences).decide(12, false, "Договор приостановлен", "reviewer");
    }

    @Test
    void reviewersDecideLicenceRequests_andARequestOfAnotherCompanyIsNotFoundOnThisOne() {
        LicenceRequest request = mock(LicenceRequest.class);
        given(request.getPartnerId()).willReturn(OWN);
        given(licences.get(11)).willReturn(request);

        assertThatThrownBy(() -> tier.openLicenceRequests(partner(), PAGE)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tier.decideLicences(admin(), null, 11, LicenceDecision.ISSUE, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tier.decideLicences(reviewer(), null, 11, null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> tier.decideLicences(reviewer(), OTHER, 11, LicenceDecision.ISSUE, null))
                .isInstanceOf(NotFoundException.class);
        verify(licences, never()).decide(anyLong(), anyBoolean(), any(), any());

        tier.decideLicences(reviewer(), OWN, 11, LicenceDecision.ISSUE, null);
        verify(licences).decide(11, true, null, "reviewer");
    }

    private PartnerProject project(long id, long partnerId) {
        PartnerProject project = mock(PartnerProject.class);
        given(project.getId()).willReturn(id);
        given(project.getPartnerId()).willReturn(partnerId);
        given(projects.get(id)).willReturn(project);
        return project;
    }
}

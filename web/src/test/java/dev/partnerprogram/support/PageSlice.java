package dev.partnerprogram.support;

import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.dashboard.ProgramDashboard;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.notification.OutboxAdministration;
import dev.partnerprogram.notification.OutboxSender;
import dev.partnerprogram.web.comment.CommentsCard;
import dev.partnerprogram.web.dashboard.DashboardFilters;
import dev.partnerprogram.web.dashboard.ReportTables;
import dev.partnerprogram.web.inbox.SubjectPages;
import dev.partnerprogram.web.inbox.TaskPages;
import dev.partnerprogram.web.system.security.BasicCredentialsCache;
import dev.partnerprogram.workflow.agreement.AgreementWorkflow;
import dev.partnerprogram.workflow.application.ApplicationWorkflow;
import dev.partnerprogram.workflow.application.RequestGuides;
import dev.partnerprogram.workflow.casestudy.CaseStudyWorkflow;
import dev.partnerprogram.workflow.certification.CertificationWorkflow;
import dev.partnerprogram.workflow.certification.DesignationWorkflow;
import dev.partnerprogram.workflow.compensation.CompensationWorkflow;
import dev.partnerprogram.workflow.compensation.JointEventWorkflow;
import dev.partnerprogram.workflow.dashboard.ProcessCatalogue;
import dev.partnerprogram.workflow.dashboard.ProcessDiagrams;
import dev.partnerprogram.workflow.dashboard.ProcessInsights;
import dev.partnerprogram.workflow.deal.DealWorkflow;
import dev.partnerprogram.workflow.handover.HandoverWorkflow;
import dev.partnerprogram.workflow.identity.Colleagues;
import dev.partnerprogram.workflow.identity.CompanyUsers;
import dev.partnerprogram.workflow.identity.People;
import dev.partnerprogram.workflow.identity.Registrations;
import dev.partnerprogram.workflow.inbox.SavedFilters;
import dev.partnerprogram.workflow.integration.Integrations;
import dev.partnerprogram.workflow.operations.ProcessOperations;
import dev.partnerprogram.workflow.partner.Partners;
import dev.partnerprogram.workflow.partner.StaffPartners;
import dev.partnerprogram.workflow.payment.Payments;
import dev.partnerprogram.workflow.request.PartnerRequestWorkflow;
import dev.partnerprogram.workflow.task.SubjectComments;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.training.Catalogue;
import dev.partnerprogram.workflow.training.TrainingWorkflow;
import dev.partnerprogram.workflow.upgrade.TierFacade;
import dev.partnerprogram.workflow.upgrade.UpgradeWorkflow;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.web.bind.annotation.RestController;

/**
 * The one {@code @WebMvcTest} slice of the UI pages: every page controller (the API controllers are left out, the
 * integration tests cover them), the page pieces they use, and a Mockito mock of each facade any page calls. Every page
 * test declares the same configuration, so Spring's test context cache starts this slice once for all of them instead
 * of once per test class (each start costs seconds). A test extends {@link PageSliceTest} and reaches its mocks with
 * {@code @Autowired}; Mockito beans are reset after every test (their default {@code MockReset.AFTER}), so no stubbing
 * or recorded call leaks into the next test. A test that needs another configuration (a property, another mock) gets a
 * context of its own, so add a facade a new page calls here rather than on the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(excludeFilters = @ComponentScan.Filter(RestController.class),
        // The renewals page's table is package-private to its package, so it is named here rather than imported.
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "dev\\.partnerprogram\\.web\\.agreement\\.RenewalsTable"))
@Import({UiTestSupport.class, CommentsCard.class, TaskPages.class, SubjectPages.class})
@MockitoBean(types = {AgreementWorkflow.class, AppUserRepository.class, ApplicationWorkflow.class, CaseStudyWorkflow.class,
        Catalogue.class, CertificationWorkflow.class, Colleagues.class, CompanyUsers.class, CompensationWorkflow.class,
        DashboardFilters.class, DealWorkflow.class, DesignationWorkflow.class, HandoverWorkflow.class, Integrations.class,
        JointEventWorkflow.class, OutboxAdministration.class, OutboxSender.class, PartnerRequestWorkflow.class, Partners.class,
        Payments.class, People.class, ProcessCatalogue.class, ProcessDiagrams.class, ProcessInsights.class,
        ProcessOperations.class, ProgramDashboard.class, ProgramProperties.class, Registrations.class, ReportTables.class,
        RequestGuides.class, SavedFilters.class, StaffPartners.class, SubjectComments.class, TaskInbox.class, TierFacade.class,
        TrainingWorkflow.class, UpgradeWorkflow.class})
// The real cache (the API's basic sign-in uses it) stays; the people pages' tests check what they tell it.
@MockitoSpyBean(types = BasicCredentialsCache.class)
public @interface PageSlice {
}

package dev.partnerprogram.web.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.partnerprogram.compensation.CompensationState;
import dev.partnerprogram.deal.DealState;
import dev.partnerprogram.handover.HandoverState;
import dev.partnerprogram.request.PartnerRequestState;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.workflow.casestudy.CaseStudyWorkflow;
import dev.partnerprogram.workflow.compensation.BudgetSummary;
import dev.partnerprogram.workflow.compensation.CompensationView;
import dev.partnerprogram.workflow.compensation.CompensationWorkflow;
import dev.partnerprogram.workflow.compensation.JointEventWorkflow;
import dev.partnerprogram.workflow.deal.DealView;
import dev.partnerprogram.workflow.deal.DealWorkflow;
import dev.partnerprogram.workflow.handover.HandoverWorkflow;
import dev.partnerprogram.workflow.request.PartnerRequestView;
import dev.partnerprogram.workflow.request.PartnerRequestWorkflow;
import dev.partnerprogram.workflow.training.Catalogue;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo data are made relative to the day the application starts: started in December, when the activities start
 * in two years (the seminar in this one, the exhibition in the next), and in mid-year, every demo company gets its compensations and joint event, and the
 * catalogue's sessions lie ahead. Each date is one application on an in-memory database whose clock runs from it.
 */
class DemoDataDatesTest {

    @Nested
    @Import(StartDay.class)
    @TestPropertySource(properties = {"demo-test.today=2026-12-12", "spring.datasource.url=jdbc:h2:mem:demo-december;DB_CLOSE_DELAY=-1"})
    class StartedAtTheEndOfTheYear extends DemoDataCheck {
    }

    @Nested
    @Import(StartDay.class)
    @TestPropertySource(properties = {"demo-test.today=2027-07-01", "spring.datasource.url=jdbc:h2:mem:demo-july;DB_CLOSE_DELAY=-1"})
    class StartedInMidYear extends DemoDataCheck {
    }

    @SpringBootTest(properties = "partner-program.demo.enabled=true")
    abstract static class DemoDataCheck {
        @Autowired
        AppUserRepository users;
        @Autowired
        CompensationWorkflow compensations;
        @Autowired
        JointEventWorkflow jointEvents;
        @Autowired
        Catalogue catalogue;
        @Autowired
        DealWorkflow deals;
        @Autowired
        HandoverWorkflow handovers;
        @Autowired
        PartnerRequestWorkflow requests;
        @Autowired
        CaseStudyWorkflow caseStudies;
        @Autowired
        Clock clock;

        @Test
        void everyDemoActivityHasItsBudgetAndLiesAhead() {
            Caller partner = caller("partner");
            Caller manager = caller("manager");
            // The marketing demo data wait for the partner's status, which the engine's job executor grants; the joint
            // event comes last.
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> jointEvents.list(partner, PageRequest.of(0, 10)).getTotalElements() == 1);
            List<CompensationView> activities = compensations.list(partner, null, null, PageRequest.of(0, 10)).getContent();
            assertThat(activities).extracting(CompensationView::state).containsExactlyInAnyOrder(
                    CompensationState.APPROVED, CompensationState.SECOND_APPROVAL, CompensationState.IN_REVIEW);

            LocalDate today = LocalDate.now(clock);
            assertThat(activities).allSatisfy(a -> assertThat(a.plannedStart()).isAfter(today));
            List<BudgetSummary> budgets = compensations.budgets(manager, PageRequest.of(0, 20)).getContent();
            assertThat(activities).allSatisfy(a -> assertThat(budgets).anySatisfy(b -> {
                assertThat(b.region()).isEqualTo(a.region());
                assertThat(a.plannedStart()).isBetween(b.periodStart(), b.periodEnd());
            }));
            assertThat(catalogue.sessions(caller("admin"), "DRX-BASIC", PageRequest.of(0, 10)).getContent())
                    .isNotEmpty().allSatisfy(s -> assertThat(s.startDate()).isAfter(today));
        }

        /** The sales demo is made before the joint event: deals dated from today, an offer, requests and a case study. */
        @Test
        void theSalesDemoLiesAhead() {
            Caller partner = caller("partner");
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                    .until(() -> jointEvents.list(partner, PageRequest.of(0, 10)).getTotalElements() == 1);
            LocalDate today = LocalDate.now(clock);

            List<DealView> deals = this.deals.list(partner, PageRequest.of(0, 10)).getContent();
            assertThat(deals).extracting(DealView::state).containsExactlyInAnyOrder(DealState.SUBMITTED, DealState.APPROVED, DealState.SUBMITTED);
            assertThat(deals).allSatisfy(d -> assertThat(d.expectedCloseDate()).isAfter(today));
            assertThat(deals).filteredOn(d -> d.state() == DealState.APPROVED).singleElement()
                    .satisfies(d -> assertThat(d.protectedUntil()).isAfter(today));
            assertThat(deals).filteredOn(DealView::joint).hasSize(1);
            assertThat(handovers.list(partner, PageRequest.of(0, 10)).getContent()).singleElement()
                    .satisfies(h -> assertThat(h.state()).isEqualTo(HandoverState.OFFERED));
            assertThat(requests.list(partner, null, PageRequest.of(0, 10)).getContent()).extracting(PartnerRequestView::state)
                    .containsExactlyInAnyOrder(PartnerRequestState.OPEN, PartnerRequestState.DONE);
            assertThat(caseStudies.directoryPage(partner.partnerId()).caseStudies()).hasSize(1);
        }

        private Caller caller(String username) {
            return Caller.of(users.findByUsername(username).orElseThrow());
        }
    }

    /** The application's clock runs on from the morning of the configured day, in the program's time zone. */
    @TestConfiguration(proxyBeanMethods = false)
    static class StartDay {
        @Bean
        Clock clock(@Value("${demo-test.today}") LocalDate today, @Value("${partner-program.time-zone}") ZoneId zone) {
            Clock system = Clock.system(zone);
            return Clock.offset(system, Duration.between(system.instant(), today.atTime(LocalTime.of(9, 0)).atZone(zone).toInstant()));
        }
    }
}

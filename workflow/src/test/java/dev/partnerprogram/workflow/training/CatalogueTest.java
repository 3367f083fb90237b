package dev.partnerprogram.workflow.training;

import static dev.partnerprogram.workflow.partner.AccessFixtures.admin;
import static dev.partnerprogram.workflow.partner.AccessFixtures.manager;
import static dev.partnerprogram.workflow.partner.AccessFixtures.partner;
import static dev.partnerprogram.workflow.partner.AccessFixtures.reviewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.TrainingEnrollmentProcess;
import dev.partnerprogram.training.CatalogueService;
import dev.partnerprogram.training.CourseKind;
import dev.partnerprogram.training.CourseSession;
import dev.partnerprogram.training.EnrollmentService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

class CatalogueTest {
    private static final CatalogueService.CourseInput COURSE = new CatalogueService.CourseInput("DRX-SETUP", "Настройка",
            CourseKind.SETUP, null, new BigDecimal("60000"), 3, true);
    private static final CatalogueService.SessionInput SESSION = new CatalogueService.SessionInput(LocalDate.of(2027, 2, 1),
            LocalDate.of(2027, 2, 3), 14, null, "Учебный центр Directum", "Онлайн");

    private final CatalogueService service = mock(CatalogueService.class);
    private final EnrollmentService enrollments = mock(EnrollmentService.class);
    private final TrainingWorkflow training = mock(TrainingWorkflow.class);
    private final RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
    private final Catalogue catalogue = new Catalogue(service, enrollments, training, runtime);

    @Test
    void onlyAdministratorsKeepTheCatalogue() {
        for (Caller notAdmin : List.of(partner(), reviewer(), manager())) {
            assertThatThrownBy(() -> catalogue.courses(notAdmin, PageRequest.of(0, 20))).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> catalogue.course(notAdmin, "DRX-SETUP")).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> catalogue.createCourse(notAdmin, COURSE)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> catalogue.updateCourse(notAdmin, "DRX-SETUP", COURSE)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> catalogue.sessions(notAdmin, "DRX-SETUP", PageRequest.of(0, 20)))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> catalogue.createSession(notAdmin, "DRX-SETUP", SESSION)).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> catalogue.updateSession(notAdmin, 4, SESSION)).isInstanceOf(ForbiddenException.class);
        }
        verifyNoInteractions(service, enrollments, runtime);
    }

    @Test
    void anAdministratorCreatesACourse() {
        catalogue.createCourse(admin(), COURSE);

        verify(service).createCourse(COURSE);
    }

    @Test
    void newSeatsOfAChangedSession_areOfferedToItsWaitingListInOrder() {
        CourseSession session = mock(CourseSession.class);
        given(session.seatsLeft()).willReturn(2);
        given(service.updateSession(4, SESSION)).willReturn(session);
        given(enrollments.waitingList(4, 2)).willReturn(List.of(71L, 72L));
        var view = new CourseView.SessionView(4, "DRX-SETUP", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 3), 14, 12, 2,
                "Учебный центр Directum", null, "Онлайн");
        given(training.session(4)).willReturn(view);

        assertThat(catalogue.updateSession(admin(), 4, SESSION)).isSameAs(view);

        var correlation = runtime.createMessageCorrelation(TrainingEnrollmentProcess.MESSAGE_SEAT_FREED);
        verify(correlation).processInstanceBusinessKey("71");
        verify(correlation).processInstanceBusinessKey("72");
    }
}

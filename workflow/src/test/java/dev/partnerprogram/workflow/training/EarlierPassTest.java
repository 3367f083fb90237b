package dev.partnerprogram.workflow.training;

import static dev.partnerprogram.workflow.partner.AccessFixtures.OWN;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.partner.UniversityFundBalance;
import dev.partnerprogram.training.BasicTrainingService;
import dev.partnerprogram.training.CatalogueService;
import dev.partnerprogram.training.EnrollmentBooking;
import dev.partnerprogram.training.EnrollmentLifecycle;
import dev.partnerprogram.training.EnrollmentService;
import dev.partnerprogram.workflow.agreement.PartnerRequestGuard;
import dev.partnerprogram.workflow.partner.AccessFixtures;
import dev.partnerprogram.workflow.task.SubjectProcesses;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

class EarlierPassTest {
    private final BasicTrainingService basicTraining = mock(BasicTrainingService.class);
    private final BasicTrainingPasses passes = mock(BasicTrainingPasses.class);
    private final TrainingWorkflow training = new TrainingWorkflow(mock(EnrollmentService.class), mock(EnrollmentBooking.class),
            mock(EnrollmentLifecycle.class), mock(CatalogueService.class), mock(UniversityFundBalance.class),
            mock(TrainingCalendar.class), mock(RuntimeService.class), mock(SubjectProcesses.class), mock(PartnerRequestGuard.class),
            basicTraining, passes);

    @Test
    void trainingStaffRecordAnEarlierPass_andTheWaitingApplicationGoesOn() {
        Caller trainer = new Caller("trainer", null, Set.of(Role.REVIEWER), Set.of(ReviewerGroups.TRAINING), "ru");

        training.recordEarlierPass(trainer, OWN, "Иван Альфин", "ivan@alfa.example");

        verify(basicTraining).recordEarlierPass(OWN, "Иван Альфин", "ivan@alfa.example", "trainer");
        verify(passes).report(OWN);
    }

    @Test
    void nobodyElseMay_notEvenThePartnerItself() {
        Caller marketing = new Caller("marketer", null, Set.of(Role.REVIEWER), Set.of(ReviewerGroups.MARKETING), "ru");
        for (Caller caller : new Caller[] {AccessFixtures.partner(), AccessFixtures.admin(), marketing}) {
            assertThatThrownBy(() -> training.recordEarlierPass(caller, OWN, "Иван", "ivan@alfa.example"))
                    .isInstanceOf(ForbiddenException.class);
        }
        verifyNoInteractions(basicTraining, passes);
    }
}

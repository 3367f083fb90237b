package dev.partnerprogram.workflow.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.partnerprogram.application.ApplicationDetails;
import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.application.ApplicationService.ReviewDecision;
import dev.partnerprogram.application.DocumentKind;
import dev.partnerprogram.application.DocumentRepository;
import dev.partnerprogram.application.PlannedActivity;
import dev.partnerprogram.application.StatusApplication;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import dev.partnerprogram.workflow.partner.AccessFixtures;
import dev.partnerprogram.workflow.task.TaskCompletion;
import java.util.EnumSet;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ApplicationTasksTest {
    private static final long ID = 5;
    private static final ApplicationDetails CURRENT = new ApplicationDetails("ООО «Альфа»", "Москва", null, "Анна", "anna@alfa.example",
            "+7 495 000-00-00", EnumSet.of(PlannedActivity.RESALE), 12, "Десять лет внедрений");

    private final ApplicationService applications = mock(ApplicationService.class);
    private final DocumentRepository documents = mock(DocumentRepository.class);
    private final ApplicationTasks tasks = new ApplicationTasks(applications, documents);

    @Test
    void aReviewRecordsTheDecisionAndAnswersItForTheGateway() {
        var variables = complete(PartnerApplicationProcess.USER_REVIEW_APPLICATION, new TaskCompletion("rework", "Нужен сайт", Map.of()));

        verify(applications).recordReviewDecision(ID, ReviewDecision.REWORK, "Нужен сайт", "reviewer");
        assertThat(variables).containsEntry(PartnerApplicationProcess.DECISION.name(), Variables.untypedValue("REWORK", true));
    }

    @Test
    void aRevisionChangesWhatIsSent_andKeepsTheRest() {
        givenCurrentDetails();

        complete(PartnerApplicationProcess.USER_REVISE_APPLICATION,
                new TaskCompletion(null, "Добавили сайт", Map.of("website", "alfa.example", "activities", "RESALE,CLOUD", "teamSize", "")));

        var revised = ArgumentCaptor.forClass(ApplicationDetails.class);
        verify(applications).revise(eq(ID), revised.capture(), eq("Добавили сайт"), eq("reviewer"));
        assertThat(revised.getValue()).isEqualTo(new ApplicationDetails("ООО «Альфа»", "Москва", "alfa.example", "Анна",
                "anna@alfa.example", "+7 495 000-00-00", EnumSet.of(PlannedActivity.RESALE, PlannedActivity.CLOUD), 12,
                "Десять лет внедрений"));
    }

    @Test
    void theRevisionFormStartsFromTheApplicationAsItStands() {
        givenCurrentDetails();

        assertThat(tasks.currentValues(PartnerApplicationProcess.USER_REVISE_APPLICATION, ID))
                .containsEntry("companyName", "ООО «Альфа»").containsEntry("activities", "RESALE").containsEntry("teamSize", "12")
                .doesNotContainKey("website");
        assertThat(tasks.currentValues(PartnerApplicationProcess.USER_REVIEW_APPLICATION, ID)).isEmpty();
    }

    @Test
    void theAgreementStepAsksTheDomainWhetherTheSignedCopyIsThere() {
        when(documents.existsBySubjectIdAndKind(ID, DocumentKind.AGREEMENT)).thenReturn(true);

        complete(PartnerApplicationProcess.USER_UPLOAD_AGREEMENT, new TaskCompletion(null, null, Map.of()));

        verify(applications).agreementUploaded(ID, "reviewer", true);
    }

    @Test
    void aConfirmationApprovesOrSendsTheAgreementBack() {
        var variables = complete(PartnerApplicationProcess.USER_CONFIRM_AGREEMENT, new TaskCompletion("APPROVE", null, Map.of()));

        verify(applications).recordAgreementDecision(ID, true, null, "reviewer");
        assertThat(variables).containsEntry(PartnerApplicationProcess.DECISION.name(), Variables.untypedValue("APPROVE", true));
    }

    private Map<String, Object> complete(String taskKey, TaskCompletion completion) {
        return tasks.complete(taskKey, ID, AccessFixtures.reviewer(), tasks.spec(taskKey).read(completion));
    }

    private void givenCurrentDetails() {
        StatusApplication application = mock(StatusApplication.class);
        when(application.details()).thenReturn(CURRENT);
        when(applications.get(any(Long.class))).thenReturn(application);
    }
}

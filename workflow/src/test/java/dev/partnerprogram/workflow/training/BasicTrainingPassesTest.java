package dev.partnerprogram.workflow.training;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.processes.PartnerApplicationProcess;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.junit.jupiter.api.Test;

class BasicTrainingPassesTest {
    private final ApplicationService applications = mock(ApplicationService.class);
    private final RuntimeService runtime = mock(RuntimeService.class);
    private final MessageCorrelationBuilder correlation = mock(MessageCorrelationBuilder.class);
    private final BasicTrainingPasses passes = new BasicTrainingPasses(applications, runtime);

    @Test
    void eachWaitingApplicationOfThePartner_getsThePass_byItsBusinessKey() {
        when(applications.waitingForBasicTraining(7L)).thenReturn(List.of(11L, 12L));
        when(runtime.createMessageCorrelation(PartnerApplicationProcess.MESSAGE_BASIC_TRAINING_PASSED)).thenReturn(correlation);
        when(correlation.processInstanceBusinessKey(anyString())).thenReturn(correlation);

        passes.report(7L);

        verify(correlation).processInstanceBusinessKey("11");
        verify(correlation).processInstanceBusinessKey("12");
        verify(correlation, times(2)).correlateAllWithResult();
    }

    @Test
    void noApplicationWaits_noMessage() {
        when(applications.waitingForBasicTraining(7L)).thenReturn(List.of());

        passes.report(7L);

        verify(runtime, never()).createMessageCorrelation(anyString());
    }
}

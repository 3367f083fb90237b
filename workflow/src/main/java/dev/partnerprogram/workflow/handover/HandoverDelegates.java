package dev.partnerprogram.workflow.handover;

import static dev.partnerprogram.processes.ProjectHandoverProcess.HANDOVER_ID;

import dev.partnerprogram.handover.HandoverService;
import dev.partnerprogram.processes.ProjectHandoverProcess;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code project-handover}: each calls one domain step. */
@Configuration
class HandoverDelegates {

    /** The next proposed partner holds the offer until its answer deadline; nobody left is answered too. */
    @Bean
    JavaDelegate offerNextDelegate(HandoverService handovers) {
        return execution -> {
            var offered = handovers.offerNext(HANDOVER_ID.from(execution));
            ProjectHandoverProcess.OFFERED.set(execution, offered.isPresent());
            offered.ifPresent(o -> {
                ProjectHandoverProcess.OFFERED_TO.set(execution, o.partnerId());
                ProjectHandoverProcess.ANSWER_DUE_AT.set(execution, Date.from(o.answerDueAt()));
            });
        };
    }

    @Bean
    JavaDelegate lapseOfferDelegate(HandoverService handovers) {
        return execution -> handovers.lapse(HANDOVER_ID.from(execution));
    }

    @Bean
    JavaDelegate closeUnassignedDelegate(HandoverService handovers) {
        return execution -> handovers.closeUnassigned(HANDOVER_ID.from(execution));
    }
}

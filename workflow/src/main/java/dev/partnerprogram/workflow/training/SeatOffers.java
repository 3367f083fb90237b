package dev.partnerprogram.workflow.training;

import dev.partnerprogram.processes.TrainingEnrollmentProcess;
import org.camunda.bpm.engine.RuntimeService;

/** A session seat that came free is offered to a waiting enrolment through its process. */
public final class SeatOffers {

    private SeatOffers() {}

    public static void offer(RuntimeService runtime, long enrollmentId) {
        runtime.createMessageCorrelation(TrainingEnrollmentProcess.MESSAGE_SEAT_FREED)
                .processInstanceBusinessKey(Long.toString(enrollmentId))
                .correlateAllWithResult();
    }
}

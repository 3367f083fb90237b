package dev.partnerprogram.workflow.training;

import static dev.partnerprogram.processes.TrainingEnrollmentProcess.CANCELLED_BY;
import static dev.partnerprogram.processes.TrainingEnrollmentProcess.ENROLLMENT_ID;
import static dev.partnerprogram.processes.TrainingEnrollmentProcess.PARTNER_ID;
import static dev.partnerprogram.processes.TrainingEnrollmentProcess.RESULT_DUE_AT;
import static dev.partnerprogram.processes.TrainingEnrollmentProcess.SEAT_TAKEN;

import dev.partnerprogram.processes.FreeTrainingSeatsProcess;
import dev.partnerprogram.training.EnrollmentLifecycle;
import dev.partnerprogram.training.FreeSeatService;
import dev.partnerprogram.training.TrainingEvent;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code training-enrollment} and {@code free-training-seats}: each reads the enrolment (or
 * quota) id from the execution and calls one domain step.
 */
@Configuration
class TrainingDelegates {

    @Bean
    JavaDelegate takeSessionSeatDelegate(EnrollmentLifecycle enrollments) {
        return execution -> SEAT_TAKEN.set(execution, enrollments.takeSessionSeat(ENROLLMENT_ID.from(execution)));
    }

    @Bean
    JavaDelegate rejectEnrollmentDelegate(EnrollmentLifecycle enrollments) {
        return execution -> enrollments.reject(ENROLLMENT_ID.from(execution));
    }

    @Bean
    JavaDelegate expireEnrollmentDelegate(EnrollmentLifecycle enrollments) {
        return execution -> enrollments.expire(ENROLLMENT_ID.from(execution));
    }

    @Bean
    JavaDelegate remindParticipantDelegate(EnrollmentLifecycle enrollments) {
        return execution -> enrollments.remindParticipant(ENROLLMENT_ID.from(execution));
    }

    @Bean
    JavaDelegate escalateResultOverdueDelegate(EnrollmentLifecycle enrollments) {
        return execution -> enrollments.escalateResultOverdue(ENROLLMENT_ID.from(execution),
                RESULT_DUE_AT.from(execution).toInstant().toString());
    }

    /** Cancels, and offers a seat that came free to the first enrolment on the session's waiting list. */
    @Bean
    JavaDelegate cancelEnrollmentDelegate(EnrollmentLifecycle enrollments) {
        return execution -> {
            Object by = execution.getVariable(CANCELLED_BY.name());
            enrollments.cancel(ENROLLMENT_ID.from(execution), by == null ? TrainingEvent.SYSTEM : by.toString())
                    .ifPresent(next -> SeatOffers.offer(execution.getProcessEngineServices().getRuntimeService(), next));
        };
    }

    /** A pass of the basic course reaches every application of the partner that waits for it. */
    @Bean
    JavaDelegate reportBasicTrainingPassedDelegate(BasicTrainingPasses passes) {
        return execution -> passes.report(PARTNER_ID.from(execution));
    }

    @Bean
    JavaDelegate expireFreeSeatsDelegate(FreeSeatService seats) {
        return execution -> seats.expire(FreeTrainingSeatsProcess.QUOTA_ID.from(execution));
    }
}

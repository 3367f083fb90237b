package dev.partnerprogram.workflow.compensation;

import static dev.partnerprogram.processes.JointEventProcess.EVENT_ID;
import static dev.partnerprogram.processes.JointEventProcess.EVENT_REMINDER_AT;
import static dev.partnerprogram.processes.JointEventProcess.NOTICE_SUFFICIENT;

import dev.partnerprogram.event.JointEventService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of {@code joint-event}. */
@Configuration
class JointEventDelegates {

    @Bean
    JavaDelegate checkEventNoticeDelegate(JointEventService events) {
        return execution -> NOTICE_SUFFICIENT.set(execution, events.hasEnoughNotice(EVENT_ID.from(execution)));
    }

    @Bean
    JavaDelegate refuseShortNoticeDelegate(JointEventService events) {
        return execution -> events.refuseShortNotice(EVENT_ID.from(execution));
    }

    @Bean
    JavaDelegate openEventReviewDelegate(JointEventService events) {
        return execution -> events.openReview(EVENT_ID.from(execution));
    }

    @Bean
    JavaDelegate approveEventDelegate(JointEventService events) {
        return execution -> {
            long id = EVENT_ID.from(execution);
            events.approve(id);
            EVENT_REMINDER_AT.set(execution, Date.from(events.reminderAt(id)));
        };
    }

    @Bean
    JavaDelegate remindEventDelegate(JointEventService events) {
        return execution -> events.remind(EVENT_ID.from(execution));
    }

    @Bean
    JavaDelegate rejectEventDelegate(JointEventService events) {
        return execution -> events.reject(EVENT_ID.from(execution));
    }

    @Bean
    JavaDelegate proposeEventDateDelegate(JointEventService events) {
        return execution -> events.proposeDate(EVENT_ID.from(execution));
    }

    @Bean
    JavaDelegate declineEventDelegate(JointEventService events) {
        return execution -> events.decline(EVENT_ID.from(execution));
    }
}

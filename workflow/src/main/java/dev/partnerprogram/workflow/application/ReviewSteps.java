package dev.partnerprogram.workflow.application;

import static dev.partnerprogram.processes.PartnerApplicationProcess.APPLICATION_ID;
import static dev.partnerprogram.processes.PartnerApplicationProcess.REVIEW_DUE_AT;

import dev.partnerprogram.application.ApplicationEvent;
import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.common.WorkingCalendar;
import dev.partnerprogram.processes.ProcessVariable;
import java.time.Clock;
import java.util.Date;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The review steps {@code partner-application} and {@code status-upgrade} share: both review one application through
 * {@link ApplicationService} and keep its id and review deadline in the same process variables; only their
 * configuration (working days, rework timeout) and the ids of their activities differ.
 */
public final class ReviewSteps {

    private ReviewSteps() {}

    /** Opens the review (again, after rework) with its deadline the given working days from now. */
    public static JavaDelegate openReview(ApplicationService applications, WorkingCalendar calendar, Clock clock,
                                          IntSupplier workingDays) {
        return execution -> {
            applications.openReview(APPLICATION_ID.from(execution));
            var due = calendar.addWorkingDays(clock.instant().atZone(calendar.zone()), workingDays.getAsInt());
            REVIEW_DUE_AT.set(execution, Date.from(due.toInstant()));
        };
    }

    /** The review's deadline passed: the application is flagged with the deadline it missed. */
    public static JavaDelegate escalateOverdueReview(ApplicationService applications) {
        return execution -> applications.flagReviewOverdue(APPLICATION_ID.from(execution),
                REVIEW_DUE_AT.from(execution).toInstant().toString());
    }

    /**
     * Withdraws the application: by the system when the step runs as the rework timeout's activity, otherwise by the
     * partner user the withdraw message named in {@code withdrawnBy} (the system when it named none).
     */
    public static JavaDelegate withdraw(ApplicationService applications, String timeoutActivityId, Supplier<?> reworkTimeout,
                                        ProcessVariable<String> withdrawnBy) {
        return execution -> {
            long id = APPLICATION_ID.from(execution);
            if (timeoutActivityId.equals(execution.getCurrentActivityId())) {
                applications.withdraw(id, ApplicationEvent.SYSTEM, "no answer to the rework request within " + reworkTimeout.get());
            } else {
                Object by = execution.getVariable(withdrawnBy.name());
                applications.withdraw(id, by == null ? ApplicationEvent.SYSTEM : by.toString(), "withdrawn by the partner");
            }
        };
    }
}

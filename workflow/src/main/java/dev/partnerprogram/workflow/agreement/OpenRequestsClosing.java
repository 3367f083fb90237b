package dev.partnerprogram.workflow.agreement;

import dev.partnerprogram.agreement.AgreementNoLongerValid;
import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.certification.CertificationService;
import dev.partnerprogram.compensation.CompensationPreApproval;
import dev.partnerprogram.deal.DealService;
import dev.partnerprogram.event.JointEventService;
import dev.partnerprogram.training.EnrollmentLifecycle;
import dev.partnerprogram.workflow.training.SeatOffers;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a partner's agreement is suspended or ends, in that transaction: each kind of request the partner had open
 * (applications of every kind, compensations before their activity, enrolments, exams, joint events, deals) closes in
 * its domain with the reason, then the processes that drove them end, and with them their open tasks (the inbox drops
 * them as the engine deletes them). A session seat that came free goes to the next on its waiting list.
 */
@Component
class OpenRequestsClosing {

    private final ApplicationService applications;
    private final CompensationPreApproval compensations;
    private final EnrollmentLifecycle enrollments;
    private final CertificationService exams;
    private final JointEventService events;
    private final DealService deals;
    private final RuntimeService runtime;

    OpenRequestsClosing(ApplicationService applications, CompensationPreApproval compensations, EnrollmentLifecycle enrollments,
                        CertificationService exams, JointEventService events, DealService deals, RuntimeService runtime) {
        this.applications = applications;
        this.compensations = compensations;
        this.enrollments = enrollments;
        this.exams = exams;
        this.events = events;
        this.deals = deals;
        this.runtime = runtime;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void onAgreementNoLongerValid(AgreementNoLongerValid event) {
        long partnerId = event.partnerId();
        String reason = event.reason();
        List<String> processes = new ArrayList<>(applications.closeOpenOf(partnerId, reason));
        processes.addAll(compensations.closeOpenOf(partnerId, reason));
        EnrollmentLifecycle.Closed closedEnrollments = enrollments.closeOpenOf(partnerId, reason);
        processes.addAll(closedEnrollments.processInstanceIds());
        processes.addAll(exams.closeOpenOf(partnerId, reason));
        processes.addAll(events.closeOpenOf(partnerId, reason));
        processes.addAll(deals.closeOpenOf(partnerId, reason));
        for (String processInstanceId : processes) {
            // Not skipping listeners: the inbox's task listener removes each open task as the engine deletes it.
            runtime.deleteProcessInstanceIfExists(processInstanceId, reason, false, true, false, false);
        }
        for (long next : closedEnrollments.seatsOfferedTo()) {
            SeatOffers.offer(runtime, next);
        }
    }
}

package dev.partnerprogram.workflow.agreement;

import dev.partnerprogram.agreement.AgreementNoLongerValid;
import dev.partnerprogram.agreement.AgreementState;
import dev.partnerprogram.application.ApplicationService;
import dev.partnerprogram.casestudy.CaseStudyService;
import dev.partnerprogram.certification.CertificationService;
import dev.partnerprogram.certification.DesignationService;
import dev.partnerprogram.compensation.CompensationPreApproval;
import dev.partnerprogram.deal.DealService;
import dev.partnerprogram.event.JointEventService;
import dev.partnerprogram.handover.HandoverService;
import dev.partnerprogram.processes.ProjectHandoverProcess;
import dev.partnerprogram.request.PartnerRequestService;
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
 * (applications of every kind, compensations before their activity, enrolments, exams, joint events, deals, partner
 * requests, case studies) closes in its domain with the reason, then the processes that drove them end, and with them
 * their open tasks (the inbox drops them as the engine deletes them). A session seat that came free goes to the next on
 * its waiting list; a project handover the partner held, or was still to be offered, is withdrawn from it with the
 * reason, and one it held moves on to the next proposed partner. A terminated agreement also ends the designations the
 * partner holds, with the processes that kept their validity; a suspension keeps them, as a renewal may reinstate it.
 */
@Component
class OpenRequestsClosing {

    private final ApplicationService applications;
    private final CompensationPreApproval compensations;
    private final EnrollmentLifecycle enrollments;
    private final CertificationService exams;
    private final JointEventService events;
    private final DealService deals;
    private final PartnerRequestService partnerRequests;
    private final CaseStudyService caseStudies;
    private final HandoverService handovers;
    private final DesignationService designations;
    private final RuntimeService runtime;

    OpenRequestsClosing(ApplicationService applications, CompensationPreApproval compensations, EnrollmentLifecycle enrollments,
                        CertificationService exams, JointEventService events, DealService deals,
                        PartnerRequestService partnerRequests, CaseStudyService caseStudies, HandoverService handovers,
                        DesignationService designations, RuntimeService runtime) {
        this.applications = applications;
        this.compensations = compensations;
        this.enrollments = enrollments;
        this.exams = exams;
        this.events = events;
        this.deals = deals;
        this.partnerRequests = partnerRequests;
        this.caseStudies = caseStudies;
        this.handovers = handovers;
        this.designations = designations;
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
        processes.addAll(partnerRequests.closeOpenOf(partnerId, reason));
        processes.addAll(caseStudies.closeOpenOf(partnerId, reason));
        if (event.state() == AgreementState.TERMINATED) {
            processes.addAll(designations.endWithAgreement(partnerId, reason));
        }
        for (String processInstanceId : processes) {
            // Not skipping listeners: the inbox's task listener removes each open task as the engine deletes it.
            runtime.deleteProcessInstanceIfExists(processInstanceId, reason, false, true, false, false);
        }
        for (long next : closedEnrollments.seatsOfferedTo()) {
            SeatOffers.offer(runtime, next);
        }
        for (String handover : handovers.withdrawOffersTo(partnerId, reason)) {
            // The answer task ends (the inbox drops it) and the project is offered to the next proposed partner.
            boolean moved = !runtime.createMessageCorrelation(ProjectHandoverProcess.MESSAGE_OFFER_WITHDRAWN)
                    .processInstanceId(handover).correlateAllWithResult().isEmpty();
            if (!moved) {
                // Started on a version of the model without the withdrawal event: moved on the same way, by hand.
                runtime.createProcessInstanceModification(handover).cancelAllForActivity(ProjectHandoverProcess.USER_ANSWER_OFFER)
                        .startBeforeActivity(ProjectHandoverProcess.SERVICE_OFFER_NEXT).execute();
            }
        }
    }
}

package dev.partnerprogram.workflow.handover;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.handover.Handover;
import dev.partnerprogram.handover.HandoverRequest;
import dev.partnerprogram.handover.HandoverService;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.processes.ProjectHandoverProcess;
import dev.partnerprogram.processes.ProjectHandoverProcess.Answer;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.task.SubjectProcesses;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to project handovers. Managers offer projects and see every handover with its proposed partners; a partner
 * sees the handovers offered to it and answers the one it holds (after the deadline, or once it is taken: 409).
 */
@Service
public class HandoverWorkflow {

    private final HandoverService handovers;
    private final PartnerService partners;
    private final SubjectProcesses processes;
    private final TaskInbox inbox;

    public HandoverWorkflow(HandoverService handovers, PartnerService partners, SubjectProcesses processes, TaskInbox inbox) {
        this.handovers = handovers;
        this.partners = partners;
        this.processes = processes;
        this.inbox = inbox;
    }

    /** Stores the handover and starts its process, which offers it to the first proposed partner before this answers. */
    @Transactional
    public HandoverView offer(Caller caller, HandoverRequest request) {
        if (!caller.has(Role.MANAGER)) {
            throw new ForbiddenException("forbidden.handover.managerOffers");
        }
        Handover handover = handovers.create(request, caller.username());
        processes.prepare(ProjectHandoverProcess.KEY, ProjectHandoverProcess.HANDOVER_ID, handover).start();
        return view(handovers.get(handover.getId()), true, null);
    }

    @Transactional(readOnly = true)
    public HandoverView get(Caller caller, long id) {
        Handover handover = handovers.get(id);
        if (caller.has(Role.MANAGER)) {
            return view(handover, true, null);
        }
        if (caller.partnerId() == null) {
            throw new ForbiddenException("forbidden.handover.managersAndPartners");
        }
        if (handovers.offeredTo(id, caller.partnerId())) {
            return view(handover, true, caller.partnerId());
        }
        throw new NotFoundException("notFound.handover");
    }

    /** Managers: every handover; a partner's users: those offered to their company. */
    @Transactional(readOnly = true)
    public Page<HandoverView> list(Caller caller, Pageable pageable) {
        if (caller.has(Role.MANAGER)) {
            return handovers.listAll(pageable).map(h -> view(h, false, null));
        }
        if (caller.partnerId() != null) {
            return handovers.listOfferedTo(caller.partnerId(), pageable).map(h -> view(h, false, caller.partnerId()));
        }
        throw new ForbiddenException("forbidden.handover.managersAndPartners");
    }

    /**
     * The holder's answer. The handover's row is locked before anything of it is read, as the withdrawal of a suspended
     * or terminated partner's turn does: of an answer and a withdrawal at once, the second reads what the first did
     * (an answer after the withdrawal is a 409).
     */
    @Transactional
    public HandoverView answer(Caller caller, long id, Answer answer) {
        if (!caller.has(Role.PARTNER) || caller.partnerId() == null) {
            throw new ForbiddenException("forbidden.partnerUserOnly");
        }
        handovers.lockForAnswer(id);
        HandoverView seen = get(caller, id);
        var task = inbox.openTaskOn(caller, SubjectType.HANDOVER, id)
                .filter(t -> ProjectHandoverProcess.USER_ANSWER_OFFER.equals(t.taskKey()))
                .orElseThrow(() -> new ConflictException("conflict.handover.notOffered", Message.label("handover.state", seen.state())));
        inbox.complete(caller, task.id(), new TaskCompletion(answer.name(), null, Map.of()));
        return view(handovers.get(id), true, caller.partnerId());
    }

    /**
     * {@code viewer}: the partner whose user looks, or null for a manager. A partner sees its own turn only, and who holds
     * the offer only when it is itself: the other proposed partners are none of its business.
     */
    private HandoverView view(Handover h, boolean withOffers, Long viewer) {
        List<HandoverView.Offer> offers = !withOffers ? List.of() : handovers.offers(h.getId()).stream()
                .filter(o -> viewer == null || o.getPartnerId().equals(viewer))
                .map(o -> new HandoverView.Offer(o.getPartnerId(), partners.get(o.getPartnerId()).getCompanyName(), o.getPosition(),
                        o.getState(), o.getOfferedAt(), o.getAnswerDueAt(), o.getAnsweredAt(), o.getWithdrawnReason())).toList();
        Long holder = viewer == null || viewer.equals(h.getPartnerId()) ? h.getPartnerId() : null;
        return new HandoverView(h.getId(), h.getTitle(), h.getCustomerName(), h.getRegion(), h.getKind(), h.getState(),
                holder, holder == null ? null : partners.get(holder).getCompanyName(),
                holder == null ? null : h.getAnswerDueAt(), h.getCreatedAt(), offers);
    }
}

package dev.partnerprogram.workflow.deal;

import dev.partnerprogram.common.ConflictException;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.common.Message;
import dev.partnerprogram.deal.Deal;
import dev.partnerprogram.deal.DealRequest;
import dev.partnerprogram.deal.DealService;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.processes.DealRegistrationProcess;
import dev.partnerprogram.processes.DealRegistrationProcess.Outcome;
import dev.partnerprogram.upgrade.ProjectComplexity;
import dev.partnerprogram.workflow.agreement.PartnerRequestGuard;
import dev.partnerprogram.workflow.partner.PartnerScope;
import dev.partnerprogram.workflow.task.SubjectType;
import dev.partnerprogram.workflow.task.TaskCompletion;
import dev.partnerprogram.workflow.task.TaskInbox;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to registered deals. A partner's users register deals and see their own (another partner's: not found);
 * vendor staff see every deal, conflicts first, with the other registrations of the same customer. The outcome of a
 * protected deal (won, lost, the extension) is the partner's task, completed here the same way as from the inbox.
 */
@Service
public class DealWorkflow {

    private final DealService deals;
    private final PartnerService partners;
    private final PartnerRequestGuard guard;
    private final TaskInbox inbox;

    public DealWorkflow(DealService deals, PartnerService partners, PartnerRequestGuard guard, TaskInbox inbox) {
        this.deals = deals;
        this.partners = partners;
        this.guard = guard;
        this.inbox = inbox;
    }

    /** Stores the registration and starts its process, which finds any conflict before this answers. */
    @Transactional
    public DealView register(Caller caller, DealRequest request) {
        Deal deal = guard.start(caller, DealRegistrationProcess.KEY, DealRegistrationProcess.DEAL_ID,
                DealRegistrationProcess.PARTNER_ID, partnerId -> deals.register(partnerId, request, caller.username()));
        return view(deals.get(deal.getId()), false);
    }

    @Transactional(readOnly = true)
    public DealView get(Caller caller, long id) {
        return view(visible(caller, id), caller.isStaff());
    }

    /** Staff: every deal, conflicts first; a partner's users: their company's. */
    @Transactional(readOnly = true)
    public Page<DealView> list(Caller caller, Pageable pageable) {
        return PartnerScope.page(caller, pageable, deals::listAll, deals::listForPartner).map(d -> view(d, false));
    }

    @Transactional
    public DealView won(Caller caller, long id, BigDecimal amount, LocalDate closedAt, ProjectComplexity complexity) {
        Map<String, String> fields = new HashMap<>();
        if (amount != null) {
            fields.put(DealTasks.AMOUNT, amount.toPlainString());
        }
        if (closedAt != null) {
            fields.put(DealTasks.CLOSED_AT, closedAt.toString());
        }
        if (complexity != null) {
            fields.put(DealTasks.COMPLEXITY, complexity.name());
        }
        return close(caller, id, Outcome.WON, null, fields);
    }

    @Transactional
    public DealView lost(Caller caller, long id, String reason) {
        return close(caller, id, Outcome.LOST, reason, Map.of());
    }

    /** The one extension of the protection; a second request is a 409. */
    @Transactional
    public DealView extend(Caller caller, long id) {
        return close(caller, id, Outcome.EXTEND, null, Map.of());
    }

    private DealView close(Caller caller, long id, Outcome outcome, String comment, Map<String, String> fields) {
        Deal deal = visible(caller, id);
        if (!caller.has(Role.PARTNER) || !caller.ownsPartner(deal.getPartnerId())) {
            throw new ForbiddenException("forbidden.deal.partnerCloses");
        }
        var task = inbox.openTaskOn(caller, SubjectType.DEAL, id)
                .filter(t -> DealRegistrationProcess.USER_CLOSE_DEAL.equals(t.taskKey()))
                .orElseThrow(() -> new ConflictException("conflict.deal.stepNotPossible", Message.label("deal.state", deal.getState())));
        inbox.complete(caller, task.id(), new TaskCompletion(outcome.name(), comment, fields));
        return view(deals.get(id), false);
    }

    private Deal visible(Caller caller, long id) {
        return PartnerScope.visible(caller, deals.get(id), Deal::getPartnerId, "notFound.deal");
    }

    private DealView view(Deal d, boolean withRivals) {
        List<DealView.Rival> rivals = !withRivals ? List.of() : deals.rivals(d.getId()).stream()
                .map(r -> new DealView.Rival(r.deal().getId(), r.deal().getPartnerId(), partnerName(r.deal().getPartnerId()),
                        r.deal().getCustomerName(), r.deal().getCustomerTaxId(), r.deal().getRegion(), r.deal().getExpectedAmount(),
                        r.deal().getState(), r.deal().getProtectedUntil(), r.deal().getRegisteredAt(), r.matchedBy()))
                .toList();
        return new DealView(d.getId(), d.getPartnerId(), partnerName(d.getPartnerId()), d.getCustomerName(), d.getCustomerTaxId(),
                d.getRegion(), d.getExpectedLicenses(), d.getExpectedAmount(), d.getExpectedCloseDate(), d.getState(),
                d.getProtectedUntil(), d.isExtended(), d.getDecisionReason(), d.getWonAmount(), d.getClosedOn(), d.getLostReason(),
                d.getProjectId(), d.getRegisteredAt(), d.isJoint(), d.getJointDiscount(), d.getPartnerShare(), rivals);
    }

    private String partnerName(long partnerId) {
        return partners.get(partnerId).getCompanyName();
    }
}

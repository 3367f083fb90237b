package dev.partnerprogram.workflow.request;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.partner.PartnerService;
import dev.partnerprogram.processes.PartnerRequestProcess;
import dev.partnerprogram.request.NewPartnerRequest;
import dev.partnerprogram.request.PartnerRequest;
import dev.partnerprogram.request.PartnerRequestKind;
import dev.partnerprogram.request.PartnerRequestService;
import dev.partnerprogram.request.Solution;
import dev.partnerprogram.workflow.agreement.PartnerRequestGuard;
import dev.partnerprogram.workflow.partner.PartnerScope;
import dev.partnerprogram.workflow.request.PartnerRequestView.SolutionView;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The door to partner requests. A partner's users make requests and see their company's (another's: not found); staff
 * see every request, by kind, and answer them through the task the routing table gave their group. Administrators keep
 * the vendor's list of solutions that solution-sale help is asked for.
 */
@Service
public class PartnerRequestWorkflow {

    private final PartnerRequestService requests;
    private final PartnerService partners;
    private final PartnerRequestGuard guard;

    public PartnerRequestWorkflow(PartnerRequestService requests, PartnerService partners, PartnerRequestGuard guard) {
        this.requests = requests;
        this.partners = partners;
        this.guard = guard;
    }

    /** Stores the request and starts its process, which routes it to its group before this answers. */
    @Transactional
    public PartnerRequestView submit(Caller caller, NewPartnerRequest request) {
        PartnerRequest stored = guard.start(caller, PartnerRequestProcess.KEY, PartnerRequestProcess.REQUEST_ID,
                PartnerRequestProcess.PARTNER_ID, partnerId -> requests.submit(partnerId, request, caller.username()));
        return view(requests.get(stored.getId()));
    }

    @Transactional(readOnly = true)
    public PartnerRequestView get(Caller caller, long id) {
        return view(PartnerScope.visible(caller, requests.get(id), PartnerRequest::getPartnerId, "notFound.request"));
    }

    /** Staff: every request, or those of one kind; a partner's users: their company's. */
    @Transactional(readOnly = true)
    public Page<PartnerRequestView> list(Caller caller, PartnerRequestKind kind, Pageable pageable) {
        return PartnerScope.page(caller, pageable, p -> requests.listAll(kind, p), requests::listForPartner).map(this::view);
    }

    /** The solutions a partner may ask help for; administrators see the ones taken off the list too. */
    @Transactional(readOnly = true)
    public List<SolutionView> solutions(Caller caller) {
        return requests.solutions(!caller.has(Role.ADMIN)).stream().map(PartnerRequestWorkflow::solution).toList();
    }

    @Transactional
    public SolutionView addSolution(Caller caller, String name) {
        requireAdmin(caller);
        return solution(requests.addSolution(name));
    }

    @Transactional
    public SolutionView changeSolution(Caller caller, long id, String name, boolean active) {
        requireAdmin(caller);
        return solution(requests.changeSolution(id, name, active));
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new ForbiddenException("forbidden.solution.adminKeeps");
        }
    }

    private static SolutionView solution(Solution s) {
        return new SolutionView(s.getId(), s.getName(), s.isActive());
    }

    private PartnerRequestView view(PartnerRequest r) {
        return new PartnerRequestView(r.getId(), r.getPartnerId(), partners.get(r.getPartnerId()).getCompanyName(), r.getKind(),
                r.getState(), r.getSolutionId(), r.getSolutionId() == null ? null : requests.solution(r.getSolutionId()).getName(),
                r.getCustomerName(), r.getEvent(), r.getEventRole(), r.getHours(), r.getDetails(), r.getAnswerGroup(), r.getDueAt(),
                r.getAnswer(), r.getConsultationId(), r.getAnsweredAt(), r.getCreatedAt());
    }
}

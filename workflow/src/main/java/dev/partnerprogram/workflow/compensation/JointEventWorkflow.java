package dev.partnerprogram.workflow.compensation;

import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.event.JointEvent;
import dev.partnerprogram.event.JointEventRequest;
import dev.partnerprogram.event.JointEventService;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.processes.JointEventProcess;
import dev.partnerprogram.workflow.agreement.PartnerRequestGuard;
import dev.partnerprogram.workflow.partner.PartnerScope;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one door to joint events with vendor staff. */
@Service
public class JointEventWorkflow {

    private final JointEventService events;
    private final PartnerRequestGuard guard;

    public JointEventWorkflow(JointEventService events, PartnerRequestGuard guard) {
        this.events = events;
        this.guard = guard;
    }

    /** A date with less than the required notice is refused at once (400) and nothing is stored or started. */
    @Transactional
    public JointEventView submit(Caller caller, JointEventRequest request) {
        JointEvent event = guard.start(caller, JointEventProcess.KEY, JointEventProcess.EVENT_ID, JointEventProcess.PARTNER_ID,
                partnerId -> events.submit(partnerId, request, caller.username()));
        return view(events.get(event.getId()), true);
    }

    @Transactional(readOnly = true)
    public JointEventView get(Caller caller, long id) {
        return view(PartnerScope.visible(caller, events.get(id), JointEvent::getPartnerId, "notFound.jointEvent"), true);
    }

    @Transactional(readOnly = true)
    public Page<JointEventView> list(Caller caller, Pageable pageable) {
        return PartnerScope.page(caller, pageable, events::listAll, events::listForPartner).map(e -> view(e, false));
    }

    /** The vendor's calendar of approved joint events; for staff, who plan who goes where. */
    @Transactional(readOnly = true)
    public Page<JointEventView> calendar(Caller caller, LocalDate from, LocalDate to, Pageable pageable) {
        if (!caller.isStaff()) {
            throw new ForbiddenException("forbidden.event.calendarStaffOnly");
        }
        return events.calendar(from, to, pageable).map(e -> view(e, false));
    }

    public LocalDate earliestDate() {
        return events.earliestDate();
    }

    private JointEventView view(JointEvent e, boolean withHistory) {
        List<CompensationView.HistoryLine> history = !withHistory ? List.of() : events.history(e.getId()).stream()
                .map(h -> new CompensationView.HistoryLine(h.getAt(), h.getActor(), h.getAction().name(), h.getComment())).toList();
        return new JointEventView(e.getId(), e.getPartnerId(), e.getTitle(), e.getEventDate(), e.getCity(), e.getFormat(),
                e.getExpectedAudience(), e.getVendorRequest(), e.getState(), e.getProposedDate(), e.getStaffNames(),
                e.getDecisionReason(), e.getSubmittedAt(), e.getUpdatedAt(), history);
    }
}

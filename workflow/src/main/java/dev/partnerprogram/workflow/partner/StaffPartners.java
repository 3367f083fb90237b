package dev.partnerprogram.workflow.partner;

import dev.partnerprogram.agreement.Agreement;
import dev.partnerprogram.agreement.AgreementRepository;
import dev.partnerprogram.common.ForbiddenException;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.inbox.InboxFilter;
import dev.partnerprogram.partner.Benefits;
import dev.partnerprogram.partner.PartnerCompany;
import dev.partnerprogram.partner.PartnerList;
import dev.partnerprogram.partner.PartnerQuery;
import dev.partnerprogram.partner.StatusHistoryEntry;
import dev.partnerprogram.workflow.task.TaskInbox;
import dev.partnerprogram.workflow.task.TaskView;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner companies as vendor staff look them up: a searchable list, and one page per company that gathers its status,
 * partner year, agreement, quotas used, open tasks and status trail. Staff only; partners see their own company elsewhere.
 */
@Service
public class StaffPartners {
    /** Open tasks shown on a company's page; the workbench, filtered by the company, lists them all. */
    public static final int TASKS_SHOWN = 20;

    private final PartnerList list;
    private final Partners partners;
    private final AgreementRepository agreements;
    private final TaskInbox inbox;

    public StaffPartners(PartnerList list, Partners partners, AgreementRepository agreements, TaskInbox inbox) {
        this.list = list;
        this.partners = partners;
        this.agreements = agreements;
        this.inbox = inbox;
    }

    /**
     * Everything about one company on one page. {@code benefits} is null before the company holds a tier; {@code agreement}
     * before it has one. {@code tasks} are the open tasks about it: every one for a manager, those of the reader's groups
     * for a reviewer.
     */
    public record Overview(PartnerCompany partner, Benefits benefits, Agreement agreement, List<StatusHistoryEntry> history,
                           Page<TaskView> tasks) {}

    @Transactional(readOnly = true)
    public Page<PartnerList.Row> search(Caller caller, PartnerQuery query, Pageable pageable) {
        requireStaff(caller);
        return list.search(query, pageable);
    }

    /**
     * Companies for the partner picker: by the start of the tax id when the text is digits, else by part of the name;
     * at most {@code limit}, by name.
     */
    @Transactional(readOnly = true)
    public List<PartnerList.Row> pick(Caller caller, String text, int limit) {
        if (!caller.isStaff()) {
            throw new ForbiddenException("forbidden.staffPartners");
        }
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty() || trimmed.length() > 100) {
            return List.of();
        }
        boolean digits = trimmed.chars().allMatch(Character::isDigit);
        PartnerQuery query = digits ? new PartnerQuery(null, trimmed, null, null, null)
                : new PartnerQuery(trimmed, null, null, null, null);
        return list.search(query, PageRequest.of(0, limit)).getContent();
    }

    @Transactional(readOnly = true)
    public Overview overview(Caller caller, long partnerId) {
        requireStaff(caller);
        var profile = partners.profile(caller, partnerId);
        PartnerCompany partner = profile.partner();
        Benefits benefits = partner.getStatus().isTier() ? partners.benefits(caller, partnerId) : null;
        InboxFilter ofPartner = new InboxFilter(null, null, partnerId, null, null, null, null, InboxFilter.Sort.DUE);
        Pageable firstPage = PageRequest.of(0, TASKS_SHOWN);
        Page<TaskView> tasks = caller.has(Role.MANAGER) ? inbox.listAll(caller, ofPartner, firstPage)
                : inbox.list(caller, ofPartner, firstPage);
        return new Overview(partner, benefits, agreements.findFirstByPartnerIdOrderByIdDesc(partnerId).orElse(null),
                profile.history(), tasks);
    }

    private static void requireStaff(Caller caller) {
        if (!caller.has(Role.REVIEWER) && !caller.has(Role.MANAGER)) {
            throw new ForbiddenException("forbidden.staffPartners");
        }
    }
}

package dev.partnerprogram.upgrade;

import dev.partnerprogram.common.FieldChecks;
import dev.partnerprogram.common.InvalidInputException;
import dev.partnerprogram.common.InvalidInputException.FieldViolation;
import dev.partnerprogram.common.NotFoundException;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.partner.PartnerService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Development plans: vendor staff draft the goals with the partner and mark them done. The completion (done goals out
 * of all, in whole percent) feeds the eligibility rules and the quarterly additional discount.
 */
@Service
@Transactional(readOnly = true)
public class DevelopmentPlanService {

    private static final int MAX_TITLE = 300;

    private final DevelopmentPlanRepository plans;
    private final DevelopmentPlanItemRepository items;
    private final PartnerService partners;
    private final AppUserRepository users;
    private final Clock clock;

    public DevelopmentPlanService(DevelopmentPlanRepository plans, DevelopmentPlanItemRepository items, PartnerService partners,
                                  AppUserRepository users, Clock clock) {
        this.plans = plans;
        this.items = items;
        this.partners = partners;
        this.users = users;
        this.clock = clock;
    }

    public Optional<DevelopmentPlan> plan(long partnerId) {
        return plans.findById(partnerId);
    }

    public Page<DevelopmentPlanItem> items(long partnerId, Pageable pageable) {
        return items.findByPartnerIdOrderByIdAsc(partnerId, pageable);
    }

    /** Assigns the partner development manager, which opens the plan if the partner has none. */
    @Transactional
    public DevelopmentPlan assignManager(long partnerId, String manager) {
        String username = FieldChecks.trimToNull(manager);
        boolean staff = username != null && users.findByUsername(username)
                .filter(u -> u.isEnabled() && (u.roles().contains(Role.MANAGER) || u.roles().contains(Role.REVIEWER)))
                .isPresent();
        if (!staff) {
            throw new InvalidInputException("manager", "error.plan.manager");
        }
        partners.lockForUpdate(partnerId);
        DevelopmentPlan plan = plans.findById(partnerId).orElseGet(() -> plans.save(new DevelopmentPlan(partnerId, username, clock.instant())));
        plan.assign(username);
        return plan;
    }

    /** A new goal; a partner without a plan gets one, with the author as its development manager. */
    @Transactional
    public DevelopmentPlanItem addItem(long partnerId, String title, LocalDate dueOn, String actor) {
        List<FieldViolation> errors = new ArrayList<>();
        FieldChecks.require(errors, "title", title, MAX_TITLE);
        FieldChecks.throwIfAny(errors);
        partners.lockForUpdate(partnerId);
        if (!plans.existsById(partnerId)) {
            plans.save(new DevelopmentPlan(partnerId, actor, clock.instant()));
        }
        return items.save(new DevelopmentPlanItem(partnerId, title.trim(), dueOn, actor, clock.instant()));
    }

    @Transactional
    public DevelopmentPlanItem mark(long itemId, boolean done, String actor) {
        DevelopmentPlanItem item = item(itemId);
        item.mark(done, actor, clock.instant());
        return item;
    }

    public DevelopmentPlanItem item(long itemId) {
        return items.findById(itemId).orElseThrow(() -> new NotFoundException("notFound.planItem"));
    }

    /** Whole percent of the goals done; a partner without goals has done none. */
    public int completion(long partnerId) {
        long total = items.countByPartnerId(partnerId);
        return total == 0 ? 0 : (int) (items.countByPartnerIdAndDoneTrue(partnerId) * 100 / total);
    }
}

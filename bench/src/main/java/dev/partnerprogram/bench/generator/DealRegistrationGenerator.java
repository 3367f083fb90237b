package dev.partnerprogram.bench.generator;

import static dev.partnerprogram.processes.DealRegistrationProcess.CONFLICT;
import static dev.partnerprogram.processes.DealRegistrationProcess.DEAL_ID;
import static dev.partnerprogram.processes.DealRegistrationProcess.PARTNER_ID;
import static dev.partnerprogram.processes.DealRegistrationProcess.PROTECTION_ENDS_AT;
import static dev.partnerprogram.processes.DealRegistrationProcess.REVIEW_DECISION;

import dev.partnerprogram.deal.CustomerNames;
import dev.partnerprogram.deal.DealState;
import dev.partnerprogram.payment.Payment;
import dev.partnerprogram.payment.PaymentKind;
import dev.partnerprogram.processes.DealRegistrationProcess;
import dev.partnerprogram.processes.DealRegistrationProcess.ReviewDecision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deal registrations ({@code deal-registration}) by tier partners: reviewed by a manager, or decided as a conflict
 * when another partner had registered the customer; rejected, or protected for 90 days (some once extended by 30) and
 * then won (with the project the win becomes and its revenue), lost or expired. Open ones wait for the review, for the conflict's
 * decision or, protected, for the partner's outcome, their protection running past now.
 */
final class DealRegistrationGenerator extends AbstractProcessGenerator {

    /** As the application's default sales configuration. */
    private static final int PROTECTION_DAYS = 90;
    private static final int EXTENSION_DAYS = 30;
    /** How many earlier deals a conflict's customer is drawn from: enough for variety, bounded for a million instances. */
    private static final int RIVALS_KEPT = 1_000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    enum Outcome { REJECTED, WON, LOST, EXPIRED }

    private static final List<Vocabulary.Weighted<Outcome>> OUTCOMES = List.of(
            new Vocabulary.Weighted<>(Outcome.REJECTED, 12), new Vocabulary.Weighted<>(Outcome.WON, 40),
            new Vocabulary.Weighted<>(Outcome.LOST, 28), new Vocabulary.Weighted<>(Outcome.EXPIRED, 20));

    private static final List<String> CUSTOMER_FORMS = List.of("ООО", "АО", "ПАО", "ГУП");
    private static final List<String> REJECT_REASONS = List.of("Заказчик уже работает с другим партнёром",
            "Недостаточно сведений о сделке", "Заказчик вне региона партнёра");
    private static final List<String> LOST_REASONS = List.of("Заказчик выбрал другую систему", "Проект отложен",
            "Не прошли по цене");

    /** A written deal whose customer a later registration may name again. */
    private record Rival(long id, long partnerId, String customerName, String taxId) {}

    private final List<Rival> rivals = new ArrayList<>();
    /** The open deals so far: an open conflict names the customer of another partner's open deal, as the application finds it. */
    private final List<Rival> openDeals = new ArrayList<>();
    /** Partner and customer tax id of each open deal so far: one open deal per partner and customer. */
    private final Set<String> openCustomers = new HashSet<>();

    DealRegistrationGenerator() {
        super(DealRegistrationProcess.KEY, "deal", 8);
        // Review up to four days, protection up to 90 + 30 days: started this long ago, an instance has ended by now.
        spreadOver(130 * DAY);
        // Projects are declared here, before the deals and case studies that refer to them.
        table("partner_project", "id", "partner_id", "customer", "title", "complexity", "started_on", "completed_on", "status",
                "case_study", "review_state", "reviewed_by", "reviewed_at", "review_comment", "created_by", "created_at",
                "updated_at", "version");
        table("deal", "id", "partner_id", "customer_name", "customer_name_key", "customer_tax_id", "open_customer", "region",
                "expected_licenses", "expected_amount", "expected_close_date", "state", "protected_until", "extended",
                "decision_reason", "decided_by", "won_amount", "closed_on", "lost_reason", "project_id", "process_instance_id",
                "registered_by", "registered_at", "updated_at", "version", "joint", "joint_discount", "partner_share",
                "approved_on");
        table("deal_conflict", "id", "deal_id", "other_deal_id", "matched_by");
        table("payment", "id", "partner_id", "paid_on", "amount", "kind", "reference", "source", "recorded_by", "recorded_at");
    }

    @Override
    public void generate(GenerationContext context, int finished, int open) {
        finishedThenOpen(context, finished, open, "Open deals", (starts, partner, now) -> openOne(context, starts, partner, now));
    }

    /** One deal's row, on the absolute clock. */
    private static final class Deal {
        final long id;
        final PlannedPartner partner;
        final long registeredAt;
        final String customerName;
        final String taxId;
        final int licenses;
        final BigDecimal expectedAmount;
        final LocalDate expectedClose;
        final boolean joint;
        Rival rival;
        DealState state;
        LocalDate approvedOn;
        LocalDate protectedUntil;
        boolean extended;
        String decisionReason;
        String decidedBy;
        BigDecimal wonAmount;
        LocalDate closedOn;
        String lostReason;
        Long projectId;
        BigDecimal jointDiscount;
        BigDecimal partnerShare;
        long updatedAt;
        long version;

        Deal(GenerationContext context, PlannedPartner partner, long registeredAt, Rival rival) {
            var random = context.random();
            this.id = context.nextId("deal");
            this.partner = partner;
            this.registeredAt = registeredAt;
            this.rival = rival;
            this.customerName = rival != null ? rival.customerName()
                    : Vocabulary.pick(random, CUSTOMER_FORMS) + " «" + Vocabulary.companyName(random) + "»";
            this.taxId = rival != null ? rival.taxId() : "50" + "%08d".formatted(random.nextInt(100_000_000));
            this.licenses = 10 + random.nextInt(490);
            this.expectedAmount = BigDecimal.valueOf(licenses * (15_000L + random.nextInt(20_000)), 0).setScale(2);
            this.expectedClose = day(registeredAt).plusDays(30 + random.nextInt(150));
            this.joint = context.chance(0.1);
            this.state = rival != null ? DealState.CONFLICT : DealState.SUBMITTED;
            this.updatedAt = registeredAt;
        }

        void change(DealState next, long at) {
            state = next;
            updatedAt = at;
            version++;
        }

        void approve(GenerationContext context, long at, String manager) {
            approvedOn = day(at);
            protectedUntil = approvedOn.plusDays(PROTECTION_DAYS);
            decidedBy = manager;
            if (joint) {
                jointDiscount = BigDecimal.valueOf(5 + context.random().nextInt(11)).setScale(2);
                partnerShare = BigDecimal.valueOf(50 + 5 * context.random().nextInt(7)).setScale(2);
            }
            change(DealState.APPROVED, at);
        }

        /** The first moment after the protection's last day, when the timer expires the deal. */
        long protectionEndsAt() {
            return protectedUntil.plusDays(1).atStartOfDay(DataGenerator.PROGRAM_ZONE).toInstant().toEpochMilli();
        }

        void write(GenerationContext context, String processInstanceId) {
            context.out().row("deal", id, partner.id, customerName, CustomerNames.key(customerName), taxId,
                    state.isOpen() ? taxId : null, partner.region, licenses, expectedAmount, expectedClose, state.name(),
                    protectedUntil, extended, decisionReason, decidedBy, wonAmount, closedOn, lostReason, projectId,
                    processInstanceId, partner.email, Instant.ofEpochMilli(registeredAt), Instant.ofEpochMilli(updatedAt),
                    version, joint, jointDiscount, partnerShare, approvedOn);
            if (rival != null) {
                context.out().row("deal_conflict", context.nextId("deal_conflict"), id, rival.id(), "TAX_ID");
                context.count("dealConflicts");
            }
            context.count("deals:" + state.name());
        }
    }

    static LocalDate day(long at) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(at), DataGenerator.PROGRAM_ZONE);
    }

    /** Another partner's earlier deal of {@code pool} for a conflict, or null when there is none (yet). */
    private static Rival rivalFor(GenerationContext context, PlannedPartner partner, List<Rival> pool) {
        if (pool.isEmpty()) {
            return null;
        }
        Rival rival = pool.get(context.random().nextInt(pool.size()));
        return rival.partnerId() == partner.id ? null : rival;
    }

    private void remember(GenerationContext context, Deal deal) {
        Rival rival = new Rival(deal.id, deal.partner.id, deal.customerName, deal.taxId);
        if (rivals.size() < RIVALS_KEPT) {
            rivals.add(rival);
        } else {
            rivals.set(context.random().nextInt(RIVALS_KEPT), rival);
        }
    }

    @Override
    void writeFinished(GenerationContext context, PlannedPartner partner, long registeredAt) {
        var random = context.random();
        Outcome outcome = Vocabulary.pickWeighted(random, OUTCOMES);
        Deal deal = new Deal(context, partner, registeredAt, context.chance(0.15) ? rivalFor(context, partner, rivals) : null);
        InstanceHistory h = history(context, Long.toString(deal.id), registeredAt);
        h.pass(DealRegistrationProcess.START);
        h.run(DealRegistrationProcess.SERVICE_DETECT_CONFLICTS, service(context));
        h.pass(DealRegistrationProcess.GATEWAY_CONFLICT);
        h.task(deal.rival != null ? DealRegistrationProcess.USER_RESOLVE_CONFLICT : DealRegistrationProcess.USER_REVIEW_DEAL,
                context.between(HOUR, 4 * DAY), null);
        h.pass(DealRegistrationProcess.GATEWAY_REVIEW_JOIN);
        h.pass(DealRegistrationProcess.GATEWAY_REVIEW_DECISION);
        String manager = Staff.reviewer(random);
        if (outcome == Outcome.REJECTED) {
            h.end(DealRegistrationProcess.END_DEAL_REJECTED);
            deal.decidedBy = manager;
            deal.decisionReason = Vocabulary.pick(random, REJECT_REASONS);
            deal.change(DealState.REJECTED, h.clock());
        } else {
            deal.approve(context, h.clock(), manager);
            h.pass(DealRegistrationProcess.GATEWAY_PROTECTION_JOIN);
            if (context.chance(0.2)) {
                // The partner asked for the one extension some time before the protection ran out.
                h.task(DealRegistrationProcess.USER_CLOSE_DEAL, context.between(HOUR, deal.protectionEndsAt() - h.clock() - DAY), null);
                h.pass(DealRegistrationProcess.GATEWAY_OUTCOME);
                h.pass(DealRegistrationProcess.GATEWAY_PROTECTION_JOIN);
                deal.protectedUntil = deal.protectedUntil.plusDays(EXTENSION_DAYS);
                deal.extended = true;
                deal.updatedAt = h.clock();
                deal.version++;
            }
            long endsAt = deal.protectionEndsAt();
            if (outcome == Outcome.EXPIRED) {
                h.cancelledTask(DealRegistrationProcess.USER_CLOSE_DEAL, endsAt - h.clock(), null);
                h.pass(DealRegistrationProcess.TIMER_PROTECTION_ENDED);
                endThrough(context, h, DealRegistrationProcess.SERVICE_EXPIRE_DEAL, DealRegistrationProcess.END_DEAL_EXPIRED);
                deal.closedOn = day(h.clock());
                deal.change(DealState.EXPIRED, h.clock());
            } else {
                h.task(DealRegistrationProcess.USER_CLOSE_DEAL, context.between(DAY, endsAt - h.clock() - HOUR), null);
                h.pass(DealRegistrationProcess.GATEWAY_OUTCOME);
                deal.closedOn = day(h.clock());
                if (outcome == Outcome.WON) {
                    h.end(DealRegistrationProcess.END_DEAL_WON);
                    deal.wonAmount = deal.expectedAmount.multiply(BigDecimal.valueOf(80 + random.nextInt(31)))
                            .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                    deal.projectId = writeProject(context, deal, h.clock());
                    writeRevenue(context, deal, h.clock());
                    deal.change(DealState.WON, h.clock());
                } else {
                    h.end(DealRegistrationProcess.END_DEAL_LOST);
                    deal.lostReason = Vocabulary.pick(random, LOST_REASONS);
                    deal.change(DealState.LOST, h.clock());
                }
            }
        }
        writeHistory(context, h, Instant::ofEpochMilli);
        deal.write(context, h.id());
        remember(context, deal);
    }

    /** The project a won deal becomes, in progress and waiting for a manager's confirmation, as the application makes it. */
    private static long writeProject(GenerationContext context, Deal deal, long at) {
        long id = context.nextId("partner_project");
        Instant when = Instant.ofEpochMilli(at);
        context.out().row("partner_project", id, deal.partner.id, deal.customerName, "Сделка № " + deal.id, "MEDIUM",
                deal.closedOn, null, "IN_PROGRESS", null, "PENDING", null, null, null, deal.partner.email, when, when, 0L);
        context.count("dealProjects");
        return id;
    }

    /**
     * The won deal's revenue, as {@code DealService.markWon} records it through {@code PaymentService.recordDealRevenue}:
     * a software payment on the closing day, of the whole amount or, for a joint sale, of the partner's share, which the
     * quarterly discount, the tier criteria and the sales dashboard read.
     */
    private static void writeRevenue(GenerationContext context, Deal deal, long at) {
        BigDecimal amount = deal.joint
                ? deal.wonAmount.multiply(deal.partnerShare).divide(HUNDRED, 2, RoundingMode.HALF_UP).max(new BigDecimal("0.01"))
                : deal.wonAmount;
        context.out().row("payment", context.nextId("payment"), deal.partner.id, deal.closedOn, amount, PaymentKind.SOFTWARE.name(),
                "deal-" + deal.id, Payment.Source.DEAL.name(), deal.partner.email, Instant.ofEpochMilli(at));
        context.count("dealRevenues");
    }

    /** Deals registered lately, waiting for a manager (a conflict among them) or, protected, for the partner's outcome. */
    private void openOne(GenerationContext context, OpenStarts starts, PlannedPartner partner, long now) {
        boolean protectedDeal = context.chance(0.45);
        Rival rival = !protectedDeal && context.chance(0.25) ? rivalFor(context, partner, openDeals) : null;
        if (rival != null && openCustomers.contains(partner.id + "/" + rival.taxId())) {
            // One open deal per partner and customer, as the application keeps it.
            rival = null;
        }
        long joined = partner.authorizedAt.toEpochMilli() + HOUR;
        long registeredAt = Math.max(joined, now - (protectedDeal ? context.between(DAY, 80 * DAY)
                : context.between(10 * MINUTE, 5 * DAY)));
        Deal deal = new Deal(context, partner, registeredAt, rival);
        Map<String, Object> variables = new HashMap<>();
        DEAL_ID.put(variables, deal.id);
        PARTNER_ID.put(variables, partner.id);
        CONFLICT.put(variables, rival != null);
        OpenStarts.EngineSteps steps = OpenStarts.EngineSteps.NONE;
        if (protectedDeal) {
            long at = context.between(registeredAt + MINUTE, Math.min(registeredAt + 3 * DAY, now - MINUTE));
            deal.approve(context, Math.max(registeredAt + MINUTE, at), Staff.reviewer(context.random()));
            Map<String, Object> decision = new HashMap<>();
            REVIEW_DECISION.put(decision, ReviewDecision.APPROVE.name());
            PROTECTION_ENDS_AT.put(decision, Date.from(Instant.ofEpochMilli(deal.protectionEndsAt())));
            steps = OpenStarts.EngineSteps.completeTask(deal.updatedAt, decision);
        }
        starts.start(processKey(), registeredAt, deal.id, partner.id, variables, steps, pi -> deal.write(context, pi));
        openDeals.add(new Rival(deal.id, partner.id, deal.customerName, deal.taxId));
        openCustomers.add(partner.id + "/" + deal.taxId);
    }
}

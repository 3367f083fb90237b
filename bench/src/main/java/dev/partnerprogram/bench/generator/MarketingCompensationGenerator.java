package dev.partnerprogram.bench.generator;

import static dev.partnerprogram.processes.MarketingCompensationProcess.ACTIVITY_KIND;
import static dev.partnerprogram.processes.MarketingCompensationProcess.CLAIM_DUE_AT;
import static dev.partnerprogram.processes.MarketingCompensationProcess.CLAIM_REMINDER_AT;
import static dev.partnerprogram.processes.MarketingCompensationProcess.COMPENSATION_ID;
import static dev.partnerprogram.processes.MarketingCompensationProcess.COMPENSATION_PAYABLE;
import static dev.partnerprogram.processes.MarketingCompensationProcess.DECISION;
import static dev.partnerprogram.processes.MarketingCompensationProcess.PARTNER_ID;
import static dev.partnerprogram.processes.MarketingCompensationProcess.REQUESTED_AMOUNT;

import dev.partnerprogram.compensation.ActivityKind;
import dev.partnerprogram.compensation.BudgetTotals;
import dev.partnerprogram.compensation.CompensationHistory.Action;
import dev.partnerprogram.compensation.CompensationState;
import dev.partnerprogram.compensation.LedgerEntryKind;
import dev.partnerprogram.processes.MarketingCompensationProcess;
import dev.partnerprogram.processes.MarketingCompensationProcess.Decision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Market-development compensation ({@code marketing-compensation}) of tier partners: a budget per region and quarter
 * with its allocation, and requests through review (with rework), the routing table's second approval, the reserved
 * budget, the claim window (with its reminder, or its deadline lapsing the approval), verification and payment, or
 * rejection and cancellation; the budget ledger records each reservation, release and payment. Open requests wait at
 * every task of the model: review, rework, the manager's approval, claim verification and payment.
 */
final class MarketingCompensationGenerator extends AbstractProcessGenerator {

    /** As the application's default marketing configuration. */
    private static final int COMPENSATION_SHARE_PERCENT = 50;
    private static final long CLAIM_WINDOW = 30 * DAY;
    private static final long CLAIM_REMINDER_BEFORE = 7 * DAY;
    /** What the generated regions get each quarter; the budgets dashboard sums it against what was spent. */
    private static final BigDecimal QUARTER_ALLOCATION = new BigDecimal("3000000.00");
    private static final String MARKETING = "m.orlova";

    enum Ending { PAID, CLOSED_UNPAID, REJECTED, CANCELLED, LAPSED }

    private static final List<Vocabulary.Weighted<Ending>> ENDINGS = List.of(
            new Vocabulary.Weighted<>(Ending.PAID, 55), new Vocabulary.Weighted<>(Ending.CLOSED_UNPAID, 5),
            new Vocabulary.Weighted<>(Ending.REJECTED, 15), new Vocabulary.Weighted<>(Ending.CANCELLED, 12),
            new Vocabulary.Weighted<>(Ending.LAPSED, 13));

    /** Where an open request waits; claim verification and payment come after a claim submitted in time. */
    enum Waiting { REVIEW, REWORK, SECOND_APPROVAL, CLAIM_REVIEW, PAYMENT }

    private static final List<Vocabulary.Weighted<Waiting>> WAITING = List.of(
            new Vocabulary.Weighted<>(Waiting.REVIEW, 50), new Vocabulary.Weighted<>(Waiting.REWORK, 12),
            new Vocabulary.Weighted<>(Waiting.SECOND_APPROVAL, 8), new Vocabulary.Weighted<>(Waiting.CLAIM_REVIEW, 18),
            new Vocabulary.Weighted<>(Waiting.PAYMENT, 12));

    private static final List<String> TITLES = List.of("Бизнес-завтрак для заказчиков", "Вебинар о цифровом документообороте",
            "Стенд на отраслевой выставке", "Контекстная реклама решений Directum RX", "Буклеты о внедрениях",
            "Конференция «ЭДО в регионе»", "Семинар для госзаказчиков");
    private static final List<String> REJECT_REASONS = List.of("Мероприятие не относится к продвижению Directum RX",
            "Бюджет квартала по региону исчерпан", "Смета завышена");
    private static final List<String> REWORK_COMMENTS = List.of("Приложите смету", "Уточните ожидаемое число участников",
            "Опишите целевую аудиторию");

    private final Map<String, Long> budgets = new HashMap<>();

    MarketingCompensationGenerator() {
        super(MarketingCompensationProcess.KEY, "compensation", 15);
        // Review, the activity up to two months out, the claim window and payment: a finished request spans months.
        spreadOver(150 * DAY);
        table("marketing_budget", "id", "region", "period_start", "period_end", "label", "created_by", "created_at");
        table("compensation", "id", "partner_id", "budget_id", "title", "kind", "region", "planned_start", "planned_end",
                "planned_budget", "requested_amount", "expected_audience", "expected_leads", "description", "state",
                "manager_approval", "first_approver", "second_approver", "decision_reason", "claim_due_on",
                "claim_submitted_at", "results", "actual_audience", "actual_leads", "accepted_expenses", "approved_amount",
                "payment_date", "payment_document", "process_instance_id", "submitted_at", "updated_at", "version");
        table("budget_ledger_entry", "id", "budget_id", "kind", "amount", "partner_id", "compensation_id", "at", "actor", "note");
        table("compensation_history", "id", "compensation_id", "at", "actor", "action", "comment");
    }

    /** The ledger was written by COPY, past the application: the budgets' totals are its sums again. */
    @Override
    public void afterRows(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String sql : BudgetTotals.REBUILD) {
                statement.execute(sql);
            }
        }
    }

    @Override
    public void generate(GenerationContext context, int finished, int open) {
        finishedThenOpen(context, finished, open, "Open compensation requests", (starts, partner, now) -> openOne(context, starts, partner, now));
    }

    /** The region's budget for the quarter of {@code day}, written with its allocation the first time it is needed. */
    private long budget(GenerationContext context, String region, LocalDate day) {
        LocalDate start = day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        return budgets.computeIfAbsent(region + "|" + start, key -> {
            long id = context.nextId("marketing_budget");
            Instant created = start.minusDays(10).atStartOfDay(DataGenerator.PROGRAM_ZONE).toInstant();
            context.out().row("marketing_budget", id, region, start, start.plusMonths(3).minusDays(1),
                    start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1), MARKETING, created);
            context.out().row("budget_ledger_entry", context.nextId("budget_ledger_entry"), id, LedgerEntryKind.ALLOCATION.name(),
                    QUARTER_ALLOCATION, null, null, created, MARKETING, "Бюджет квартала");
            context.count("marketingBudgets");
            context.count("ledger:" + LedgerEntryKind.ALLOCATION);
            return id;
        });
    }

    /** One request's domain side, on the absolute clock. */
    private final class Story {
        final long id;
        final PlannedPartner partner;
        final long budgetId;
        final String title;
        final ActivityKind kind;
        final LocalDate plannedStart;
        final LocalDate plannedEnd;
        final BigDecimal plannedBudget;
        final BigDecimal requested;
        final int audience;
        final long submittedAt;
        final Trail history = new Trail();
        final List<Object[]> ledger = new ArrayList<>();
        CompensationState state = CompensationState.IN_REVIEW;
        boolean managerApproval;
        String firstApprover;
        String secondApprover;
        String reason;
        Long claimSubmittedAt;
        BigDecimal approvedAmount;
        LocalDate paymentDate;
        long updatedAt;

        Story(GenerationContext context, PlannedPartner partner, long submittedAt, long leadDays) {
            var random = context.random();
            this.id = context.nextId("compensation");
            this.partner = partner;
            this.submittedAt = submittedAt;
            this.title = Vocabulary.pick(random, TITLES);
            this.kind = ActivityKind.values()[random.nextInt(ActivityKind.values().length)];
            this.plannedStart = LocalDate.ofInstant(Instant.ofEpochMilli(submittedAt), DataGenerator.PROGRAM_ZONE).plusDays(leadDays);
            this.plannedEnd = plannedStart.plusDays(random.nextInt(3));
            this.plannedBudget = BigDecimal.valueOf(60 + random.nextInt(1200)).multiply(BigDecimal.valueOf(1000)).setScale(2);
            this.requested = plannedBudget.multiply(BigDecimal.valueOf(COMPENSATION_SHARE_PERCENT)).divide(BigDecimal.valueOf(100));
            this.audience = 20 + random.nextInt(300);
            this.budgetId = budget(context, partner.region, plannedStart);
            // As the routing table marketing-approval-routing decides it.
            double amount = requested.doubleValue();
            this.managerApproval = amount > 300_000 || (amount >= 100_000 && kind == ActivityKind.OTHER);
            event(submittedAt, partner.email, Action.SUBMITTED, null);
        }

        long claimDue() {
            return plannedEnd.atTime(LocalTime.MAX).atZone(DataGenerator.PROGRAM_ZONE).toInstant().toEpochMilli() + CLAIM_WINDOW;
        }

        void event(long at, String actor, Action action, String comment) {
            history.add(at, actor, action.name(), comment);
            updatedAt = Math.max(updatedAt, at);
        }

        void ledger(long at, LedgerEntryKind kind, BigDecimal amount, String actor, String note) {
            ledger.add(new Object[] {at, kind.name(), amount, actor, note});
        }

        void write(GenerationContext context, String processInstanceId) {
            boolean approved = firstApprover != null && state != CompensationState.REJECTED;
            context.out().row("compensation", id, partner.id, budgetId, title, kind.name(), partner.region, plannedStart,
                    plannedEnd, plannedBudget, requested, audience, audience / 10, "Мероприятие для заказчиков региона " + partner.region,
                    state.name(), managerApproval, firstApprover, secondApprover, reason,
                    approved ? LocalDate.ofInstant(Instant.ofEpochMilli(claimDue()), DataGenerator.PROGRAM_ZONE) : null,
                    claimSubmittedAt == null ? null : Instant.ofEpochMilli(claimSubmittedAt),
                    claimSubmittedAt == null ? null : "Мероприятие проведено, участников: " + audience,
                    claimSubmittedAt == null ? null : audience, claimSubmittedAt == null ? null : audience / 10,
                    approvedAmount == null ? null : approvedAmount.multiply(BigDecimal.valueOf(100 / COMPENSATION_SHARE_PERCENT)),
                    approvedAmount, paymentDate, paymentDate == null ? null : "ПП-" + id, processInstanceId,
                    Instant.ofEpochMilli(submittedAt), Instant.ofEpochMilli(updatedAt), (long) history.size());
            history.write(context, "compensation_history", id);
            for (Object[] l : ledger) {
                context.out().row("budget_ledger_entry", context.nextId("budget_ledger_entry"), budgetId, l[1], l[2], partner.id,
                        id, Instant.ofEpochMilli((Long) l[0]), l[3], l[4]);
                context.count("ledger:" + l[1]);
            }
            context.count("compensations:" + state.name());
            context.count("compensationHistory", history.size());
        }
    }

    // ---- finished requests -----------------------------------------------------------------------------------

    @Override
    void writeFinished(GenerationContext context, PlannedPartner partner, long submittedAt) {
        var random = context.random();
        Story story = new Story(context, partner, submittedAt, 25 + random.nextInt(40));
        Ending ending = Vocabulary.pickWeighted(random, ENDINGS);
        InstanceHistory h = history(context, Long.toString(story.id), submittedAt);
        h.pass(MarketingCompensationProcess.START);
        int reworks = context.chance(0.8) ? 0 : 1;
        for (int round = 0; ; round++) {
            h.run(MarketingCompensationProcess.SERVICE_OPEN_COMPENSATION_REVIEW, service(context));
            story.state = CompensationState.IN_REVIEW;
            long review = context.between(2 * HOUR, 4 * DAY);
            if (ending == Ending.CANCELLED && round == reworks) {
                h.cancelledTask(MarketingCompensationProcess.USER_REVIEW_COMPENSATION, review, null);
                h.enterSubprocess(MarketingCompensationProcess.SUBPROCESS_CANCELLATION);
                h.pass(MarketingCompensationProcess.START_CANCELLATION_REQUESTED);
                endThrough(context, h, MarketingCompensationProcess.SERVICE_CANCEL_COMPENSATION,
                        MarketingCompensationProcess.END_COMPENSATION_CANCELLED);
                story.event(h.clock(), partner.email, Action.CANCELLED, null);
                story.state = CompensationState.CANCELLED;
                write(context, h, story);
                return;
            }
            h.task(MarketingCompensationProcess.USER_REVIEW_COMPENSATION, review, null);
            h.pass(MarketingCompensationProcess.GATEWAY_REVIEW_DECISION);
            if (round < reworks) {
                h.run(MarketingCompensationProcess.SERVICE_REQUEST_COMPENSATION_REWORK, service(context));
                story.event(h.clock(), MARKETING, Action.REWORK_REQUESTED, Vocabulary.pick(random, REWORK_COMMENTS));
                h.task(MarketingCompensationProcess.USER_REVISE_COMPENSATION, context.between(4 * HOUR, 7 * DAY), null);
                story.event(h.clock(), partner.email, Action.RESUBMITTED, null);
                continue;
            }
            break;
        }
        if (ending == Ending.REJECTED) {
            reject(context, h, story, MARKETING);
            write(context, h, story);
            return;
        }
        approve(context, h, story);
        long claimDue = story.claimDue();
        long reminder = claimDue - CLAIM_REMINDER_BEFORE;
        long claimAt = ending == Ending.LAPSED ? claimDue + 1
                : Math.max(h.clock() + HOUR, claimDue - context.between(HOUR, CLAIM_WINDOW - DAY));
        if (claimAt > reminder) {
            h.branch(reminder, MarketingCompensationProcess.TIMER_CLAIM_REMINDER, MarketingCompensationProcess.SERVICE_REMIND_CLAIM,
                    MarketingCompensationProcess.END_CLAIM_REMINDED);
            story.event(reminder, Staff.SYSTEM, Action.CLAIM_REMINDER, null);
        }
        h.enterSubprocess(MarketingCompensationProcess.SUBPROCESS_CLAIM_WINDOW);
        h.pass(MarketingCompensationProcess.START_CLAIM_WINDOW);
        if (ending == Ending.LAPSED) {
            h.interruptSubprocess(MarketingCompensationProcess.CATCH_CLAIM_SUBMITTED, claimDue);
            h.pass(MarketingCompensationProcess.TIMER_CLAIM_DEADLINE);
            endThrough(context, h, MarketingCompensationProcess.SERVICE_LAPSE_COMPENSATION,
                    MarketingCompensationProcess.END_COMPENSATION_LAPSED);
            story.event(h.clock(), Staff.SYSTEM, Action.LAPSED, null);
            story.ledger(h.clock(), LedgerEntryKind.RELEASE, story.requested, Staff.SYSTEM, "Срок отчёта истёк");
            story.state = CompensationState.LAPSED;
            write(context, h, story);
            return;
        }
        h.waitUntil(MarketingCompensationProcess.CATCH_CLAIM_SUBMITTED, claimAt);
        h.leaveSubprocess(MarketingCompensationProcess.END_CLAIM_WINDOW);
        story.claimSubmittedAt = h.clock();
        story.event(h.clock(), partner.email, Action.CLAIM_SUBMITTED, null);
        h.task(MarketingCompensationProcess.USER_VERIFY_CLAIM, context.between(4 * HOUR, 6 * DAY), null);
        h.pass(MarketingCompensationProcess.GATEWAY_VERIFICATION_DECISION);
        h.pass(MarketingCompensationProcess.GATEWAY_PAYABLE);
        if (ending == Ending.CLOSED_UNPAID) {
            story.event(h.clock(), MARKETING, Action.CLAIM_VERIFIED, "Расходы не подтверждены");
            endThrough(context, h, MarketingCompensationProcess.SERVICE_CLOSE_UNPAID,
                    MarketingCompensationProcess.END_COMPENSATION_CLOSED_UNPAID);
            story.event(h.clock(), Staff.SYSTEM, Action.CLOSED_UNPAID, null);
            story.ledger(h.clock(), LedgerEntryKind.RELEASE, story.requested, MARKETING, "Нечего выплачивать");
            story.state = CompensationState.CLOSED_UNPAID;
            write(context, h, story);
            return;
        }
        // Most claims are accepted in full; some lines are cut, and the rest of the reservation is released.
        BigDecimal approvedAmount = context.chance(0.75) ? story.requested
                : story.requested.multiply(BigDecimal.valueOf(60 + random.nextInt(40))).divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
        story.event(h.clock(), MARKETING, Action.CLAIM_VERIFIED, null);
        h.run(MarketingCompensationProcess.SERVICE_REQUEST_PAYMENT, service(context));
        h.task(MarketingCompensationProcess.USER_RECORD_PAYMENT, context.between(DAY, 10 * DAY), null);
        h.end(MarketingCompensationProcess.END_COMPENSATION_PAID);
        story.approvedAmount = approvedAmount;
        story.paymentDate = LocalDate.ofInstant(Instant.ofEpochMilli(h.clock()), DataGenerator.PROGRAM_ZONE);
        story.event(h.clock(), "finance", Action.PAID, null);
        story.ledger(h.clock(), LedgerEntryKind.PAYMENT, approvedAmount, "finance", null);
        if (approvedAmount.compareTo(story.requested) < 0) {
            story.ledger(h.clock(), LedgerEntryKind.RELEASE, story.requested.subtract(approvedAmount), "finance", "Остаток резерва");
        }
        story.state = CompensationState.PAID;
        write(context, h, story);
    }

    /** Marketing approves; the routing table may ask a manager too; then the amount is reserved. */
    private static void approve(GenerationContext context, InstanceHistory h, Story story) {
        story.firstApprover = MARKETING;
        story.event(h.clock(), MARKETING, Action.FIRST_APPROVAL, null);
        h.run(MarketingCompensationProcess.RULE_ROUTE_APPROVAL, service(context));
        h.pass(MarketingCompensationProcess.GATEWAY_MANAGER_APPROVAL_NEEDED);
        if (story.managerApproval) {
            h.run(MarketingCompensationProcess.SERVICE_AWAIT_SECOND_APPROVAL, service(context));
            h.task(MarketingCompensationProcess.USER_SECOND_APPROVAL, context.between(HOUR, 3 * DAY), null);
            h.pass(MarketingCompensationProcess.GATEWAY_SECOND_DECISION);
            story.secondApprover = Staff.MANAGER;
            story.event(h.clock(), Staff.MANAGER, Action.SECOND_APPROVAL, null);
        }
        h.run(MarketingCompensationProcess.SERVICE_RESERVE_BUDGET, service(context));
        story.event(h.clock(), Staff.SYSTEM, Action.APPROVED, null);
        story.ledger(h.clock(), LedgerEntryKind.RESERVATION, story.requested, Staff.SYSTEM, null);
        story.state = CompensationState.APPROVED;
    }

    private static void reject(GenerationContext context, InstanceHistory h, Story story, String by) {
        endThrough(context, h, MarketingCompensationProcess.SERVICE_REJECT_COMPENSATION,
                MarketingCompensationProcess.END_COMPENSATION_REJECTED);
        story.reason = Vocabulary.pick(context.random(), REJECT_REASONS);
        story.event(h.clock(), by, Action.REJECTED, story.reason);
        story.state = CompensationState.REJECTED;
    }

    private static void write(GenerationContext context, InstanceHistory h, Story story) {
        writeHistory(context, h, Instant::ofEpochMilli);
        story.updatedAt = Math.max(story.updatedAt, h.endedAt());
        story.write(context, h.id());
    }

    // ---- open requests ---------------------------------------------------------------------------------------

    private void openOne(GenerationContext context, OpenStarts starts, PlannedPartner partner, long now) {
        Waiting waiting = Vocabulary.pickWeighted(context.random(), WAITING);
        if ((waiting == Waiting.CLAIM_REVIEW || waiting == Waiting.PAYMENT)
                && partner.authorizedAt.toEpochMilli() > now - 70 * DAY) {
            // Too new a partner for an activity that is over and claimed.
            waiting = Waiting.REVIEW;
        }
        boolean afterClaim = waiting == Waiting.CLAIM_REVIEW || waiting == Waiting.PAYMENT;
        // A claim comes after the activity: such requests were submitted weeks ago, for an activity now past.
        long age = afterClaim ? context.between(40 * DAY, 60 * DAY) : context.between(10 * MINUTE, 6 * DAY);
        long submittedAt = Math.max(partner.authorizedAt.toEpochMilli() + HOUR, now - age);
        long lead = afterClaim ? 10 + context.random().nextInt(5) : 25 + context.random().nextInt(40);
        Story story = new Story(context, partner, submittedAt, lead);
        if (waiting == Waiting.SECOND_APPROVAL && !story.managerApproval) {
            waiting = Waiting.REVIEW;
        }
        long claimDue = story.claimDue();
        Map<String, Object> variables = new HashMap<>();
        COMPENSATION_ID.put(variables, story.id);
        PARTNER_ID.put(variables, partner.id);
        REQUESTED_AMOUNT.put(variables, story.requested.doubleValue());
        ACTIVITY_KIND.put(variables, story.kind.name());
        CLAIM_DUE_AT.put(variables, new Date(claimDue));
        CLAIM_REMINDER_AT.put(variables, new Date(claimDue - CLAIM_REMINDER_BEFORE));
        OpenStarts.EngineSteps steps = OpenStarts.EngineSteps.NONE;
        long t = submittedAt;
        if (waiting == Waiting.REWORK) {
            t = step(context, t, now);
            steps = steps.then(OpenStarts.EngineSteps.completeTask(t, Map.of(DECISION.name(), Decision.REWORK.name())));
            story.event(t, MARKETING, Action.REWORK_REQUESTED, Vocabulary.pick(context.random(), REWORK_COMMENTS));
            story.state = CompensationState.REWORK;
        } else if (waiting != Waiting.REVIEW) {
            t = step(context, t, now);
            steps = steps.then(OpenStarts.EngineSteps.completeTask(t, Map.of(DECISION.name(), Decision.APPROVE.name())));
            story.firstApprover = MARKETING;
            story.event(t, MARKETING, Action.FIRST_APPROVAL, null);
            story.state = CompensationState.SECOND_APPROVAL;
            steps = steps.then((engine, pi) -> {
                long secondApprovals = engine.getTaskService().createTaskQuery().processInstanceId(pi)
                        .taskDefinitionKey(MarketingCompensationProcess.USER_SECOND_APPROVAL).count();
                if (secondApprovals != (story.managerApproval ? 1 : 0)) {
                    throw new IllegalStateException("The routing table and the generator disagree on compensation " + story.id);
                }
            });
        }
        if (afterClaim) {
            if (story.managerApproval) {
                t = step(context, t, now);
                steps = steps.then(OpenStarts.EngineSteps.completeTask(t, Map.of(DECISION.name(), Decision.APPROVE.name())));
                story.secondApprover = Staff.MANAGER;
                story.event(t, Staff.MANAGER, Action.SECOND_APPROVAL, null);
            }
            story.event(t, Staff.SYSTEM, Action.APPROVED, null);
            story.ledger(t, LedgerEntryKind.RESERVATION, story.requested, Staff.SYSTEM, null);
            // The claim comes after the activity and before the reminder, so no timer of the window is left due.
            long activityOver = story.plannedEnd.atTime(LocalTime.MAX).atZone(DataGenerator.PROGRAM_ZONE).toInstant().toEpochMilli();
            t = context.between(Math.max(t, activityOver) + HOUR, Math.min(now - DAY, claimDue - CLAIM_REMINDER_BEFORE - HOUR));
            long claimedAt = t;
            steps = steps.then((engine, pi) -> {
                EngineClock.at(claimedAt);
                engine.getRuntimeService().createMessageCorrelation(MarketingCompensationProcess.MESSAGE_CLAIM_SUBMITTED)
                        .processInstanceId(pi).correlate();
            });
            story.claimSubmittedAt = t;
            story.event(t, partner.email, Action.CLAIM_SUBMITTED, null);
            story.state = CompensationState.CLAIM_REVIEW;
            if (waiting == Waiting.PAYMENT) {
                t = step(context, t, now);
                steps = steps.then(OpenStarts.EngineSteps.completeTask(t, Map.of(DECISION.name(), Decision.APPROVE.name(),
                        COMPENSATION_PAYABLE.name(), true)));
                story.approvedAmount = story.requested;
                story.event(t, MARKETING, Action.CLAIM_VERIFIED, null);
                story.state = CompensationState.PAYMENT_PENDING;
            }
        }
        story.updatedAt = Math.max(story.updatedAt, t);
        starts.start(processKey(), submittedAt, story.id, partner.id, variables, steps, pi -> story.write(context, pi));
    }

    /** A later step, somewhere in the first half of the time left before now. */
    private static long step(GenerationContext context, long previous, long now) {
        return context.between(previous + MINUTE, Math.max(previous + 2 * MINUTE, previous + (now - previous) / 2));
    }
}

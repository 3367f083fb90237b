package dev.partnerprogram.bench.generator;

import static dev.partnerprogram.processes.PartnerRequestProcess.ANSWER_GROUP;
import static dev.partnerprogram.processes.PartnerRequestProcess.DECISION_NEEDED;
import static dev.partnerprogram.processes.PartnerRequestProcess.DUE_AT;
import static dev.partnerprogram.processes.PartnerRequestProcess.PARTNER_ID;
import static dev.partnerprogram.processes.PartnerRequestProcess.REQUEST_ID;

import dev.partnerprogram.partner.PartnerStatus;
import dev.partnerprogram.processes.PartnerRequestProcess;
import dev.partnerprogram.request.PartnerRequestKind;
import dev.partnerprogram.request.PartnerRequestState;
import dev.partnerprogram.request.VendorEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Partner requests ({@code partner-request}) by tier partners: solution-sale help on one of the vendor's solutions,
 * consultations, taking part in a vendor event, and marketing materials (decided for Certified partners, only sent to
 * General ones, never asked by Authorized ones), each answered by the group the routing table names within its working
 * days — most in time, some late; decided ones done or declined. Open ones wait for their group, some past the deadline.
 */
final class PartnerRequestGenerator extends AbstractProcessGenerator {

    private static final List<Vocabulary.Weighted<PartnerRequestKind>> KINDS = List.of(
            new Vocabulary.Weighted<>(PartnerRequestKind.SOLUTION_SALE, 35), new Vocabulary.Weighted<>(PartnerRequestKind.CONSULTATION, 30),
            new Vocabulary.Weighted<>(PartnerRequestKind.VENDOR_EVENT, 20),
            new Vocabulary.Weighted<>(PartnerRequestKind.MARKETING_MATERIALS, 15));

    private static final List<String> SOLUTIONS = List.of("Электронный архив", "Договорная работа", "Кадровый ЭДО",
            "Казначейство", "Управление совещаниями");
    private static final String MARKETING = "m.orlova";
    /** Before the generated partners' history (five years) begins. */
    private static final Duration SOLUTIONS_LISTED_BEFORE_NOW = Duration.ofDays(6 * 365);

    /** What the routing table answers for a request: the group, its working days, whether it decides or only sends. */
    private record Route(String group, int workingDays, boolean decides) {}

    /** As {@code dmn/partner-request-routing.dmn} routes a kind for a partner of the tier (materials by the tier table). */
    static Route route(PartnerRequestKind kind, PartnerStatus tier) {
        return switch (kind) {
            case SOLUTION_SALE -> new Route("partner-managers", 5, true);
            case MARKETING_MATERIALS -> tier == PartnerStatus.GENERAL ? new Route("marketing", 3, false) : new Route("marketing", 5, true);
            case CONSULTATION -> new Route("training", 3, true);
            case VENDOR_EVENT -> new Route("marketing", 10, true);
        };
    }

    private final List<Long> solutionIds = new ArrayList<>();

    PartnerRequestGenerator() {
        super(PartnerRequestProcess.KEY, "partner-request", 6);
        // Ten working days and up to a week late end within four weeks.
        spreadOver(28 * DAY);
        table("sales_solution", "id", "name", "active", "created_at", "version");
        table("partner_request", "id", "partner_id", "kind", "state", "solution_id", "customer_name", "vendor_event",
                "event_role", "hours", "details", "answer_group", "due_at", "answer", "consultation_id", "answered_by",
                "answered_at", "process_instance_id", "created_by", "created_at", "updated_at", "version");
    }

    @Override
    public void generate(GenerationContext context, int finished, int open) {
        // The vendor's list that solution-sale help is asked for, kept by administrators since the program began.
        Instant listed = context.now().minus(SOLUTIONS_LISTED_BEFORE_NOW);
        for (String name : SOLUTIONS) {
            long id = context.nextId("sales_solution");
            context.out().row("sales_solution", id, name, true, listed, 0L);
            solutionIds.add(id);
        }
        finishedThenOpen(context, finished, open, "Open partner requests", (starts, partner, now) -> openOne(context, starts, partner, now));
    }

    /** One request's row, on the absolute clock. */
    private final class Request {
        final long id;
        final PlannedPartner partner;
        final PartnerRequestKind kind;
        final Route route;
        final long createdAt;
        final long dueAt;
        final Long solutionId;
        final String customer;
        final VendorEvent event;
        final VendorEvent.Role role;
        final Integer hours;
        PartnerRequestState state = PartnerRequestState.OPEN;
        String answer;
        String answeredBy;
        Long answeredAt;

        Request(GenerationContext context, PlannedPartner partner, long createdAt) {
            var random = context.random();
            this.id = context.nextId("partner_request");
            this.partner = partner;
            PartnerRequestKind drawn = Vocabulary.pickWeighted(random, KINDS);
            // Authorized partners' tier includes no materials: they ask for a consultation instead.
            this.kind = drawn == PartnerRequestKind.MARKETING_MATERIALS && partner.status == PartnerStatus.AUTHORIZED
                    ? PartnerRequestKind.CONSULTATION : drawn;
            this.route = route(kind, partner.status);
            this.createdAt = createdAt;
            this.dueAt = WorkingDays.after(createdAt, route.workingDays());
            boolean sale = kind == PartnerRequestKind.SOLUTION_SALE;
            this.solutionId = sale ? solutionIds.get(random.nextInt(solutionIds.size())) : null;
            this.customer = sale ? "ООО «" + Vocabulary.companyName(random) + "»" : null;
            boolean vendorEvent = kind == PartnerRequestKind.VENDOR_EVENT;
            this.event = vendorEvent ? VendorEvent.values()[random.nextInt(VendorEvent.values().length)] : null;
            this.role = vendorEvent ? (context.chance(0.2) ? VendorEvent.Role.CO_ORGANISER : VendorEvent.Role.PARTICIPANT) : null;
            this.hours = kind == PartnerRequestKind.CONSULTATION ? 1 + random.nextInt(4) : null;
        }

        String answerer(GenerationContext context) {
            return switch (route.group()) {
                case "partner-managers" -> Staff.reviewer(context.random());
                case "training" -> Staff.trainer(context.random());
                default -> MARKETING;
            };
        }

        void write(GenerationContext context, String processInstanceId) {
            long updatedAt = answeredAt != null ? answeredAt : createdAt;
            context.out().row("partner_request", id, partner.id, kind.name(), state.name(), solutionId, customer,
                    event == null ? null : event.name(), role == null ? null : role.name(), hours,
                    "Просим помощи: " + kind.name().toLowerCase().replace('_', ' '), route.group(), Instant.ofEpochMilli(dueAt),
                    answer, null, answeredBy, answeredAt == null ? null : Instant.ofEpochMilli(answeredAt), processInstanceId,
                    partner.email, Instant.ofEpochMilli(createdAt), Instant.ofEpochMilli(updatedAt), answeredAt == null ? 0L : 1L);
            context.count("partnerRequests:" + state.name());
        }
    }

    @Override
    void writeFinished(GenerationContext context, PlannedPartner partner, long createdAt) {
        Request request = new Request(context, partner, createdAt);
        InstanceHistory h = history(context, Long.toString(request.id), createdAt);
        h.pass(PartnerRequestProcess.START);
        h.run(PartnerRequestProcess.SERVICE_ROUTE_REQUEST, service(context));
        h.pass(PartnerRequestProcess.GATEWAY_DECISION_NEEDED);
        // Most are answered in time, some up to a week late: the dashboard's SLA shares.
        long answerAt = context.chance(0.85) ? context.between(h.clock() + HOUR, request.dueAt)
                : context.between(request.dueAt + HOUR, request.dueAt + 7 * DAY);
        request.answeredBy = request.answerer(context);
        if (request.route.decides()) {
            h.task(PartnerRequestProcess.USER_ANSWER_REQUEST, answerAt - h.clock(), request.dueAt);
            h.pass(PartnerRequestProcess.GATEWAY_ANSWER);
            boolean done = context.chance(0.8);
            h.end(done ? PartnerRequestProcess.END_REQUEST_DONE : PartnerRequestProcess.END_REQUEST_DECLINED);
            request.state = done ? PartnerRequestState.DONE : PartnerRequestState.DECLINED;
            request.answer = done ? "Выполнено" : "Сейчас не можем помочь";
        } else {
            h.task(PartnerRequestProcess.USER_DELIVER_MATERIALS, answerAt - h.clock(), request.dueAt);
            h.end(PartnerRequestProcess.END_MATERIALS_DELIVERED);
            request.state = PartnerRequestState.DONE;
            request.answer = "Материалы отправлены";
        }
        request.answeredAt = h.clock();
        writeHistory(context, h, Instant::ofEpochMilli);
        request.write(context, h.id());
    }

    /** Requests of the last two weeks waiting for their group, some past their deadline. */
    private void openOne(GenerationContext context, OpenStarts starts, PlannedPartner partner, long now) {
        long createdAt = Math.max(partner.authorizedAt.toEpochMilli() + HOUR, now - context.between(10 * MINUTE, 14 * DAY));
        Request request = new Request(context, partner, createdAt);
        Map<String, Object> variables = new HashMap<>();
        REQUEST_ID.put(variables, request.id);
        PARTNER_ID.put(variables, partner.id);
        ANSWER_GROUP.put(variables, request.route.group());
        DECISION_NEEDED.put(variables, request.route.decides());
        DUE_AT.put(variables, Date.from(Instant.ofEpochMilli(request.dueAt)));
        starts.start(processKey(), createdAt, request.id, partner.id, variables, OpenStarts.EngineSteps.NONE,
                pi -> request.write(context, pi));
    }
}

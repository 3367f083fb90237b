package dev.partnerprogram.bench.generator;

import static dev.partnerprogram.processes.CaseStudyProcess.CASE_STUDY_ID;
import static dev.partnerprogram.processes.CaseStudyProcess.PARTNER_ID;

import dev.partnerprogram.casestudy.CaseStudyState;
import dev.partnerprogram.processes.CaseStudyProcess;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Case studies ({@code case-study}) of tier partners' confirmed, completed projects, told with the customer's consent:
 * marketing approved most for the partner's directory page and rejected some with the reason; open ones wait for
 * marketing's review. Each comes with its project; the projects' table is declared by {@link DealRegistrationGenerator},
 * which must come first among the generators.
 */
final class CaseStudyGenerator extends AbstractProcessGenerator {

    private static final String MARKETING = "m.orlova";
    private static final List<String> TITLES = List.of("Электронный документооборот за три месяца",
            "Единый архив договоров холдинга", "Кадровый ЭДО для тысячи сотрудников", "Согласование без бумаги");
    private static final List<String> REJECT_REASONS = List.of("Нет результатов в цифрах", "Текст повторяет коммерческое предложение");

    CaseStudyGenerator() {
        super(CaseStudyProcess.KEY, "case-study", 2);
        // Marketing reviews within a week.
        spreadOver(10 * DAY);
        table("case_study", "id", "partner_id", "project_id", "open_project_id", "title", "summary", "customer_consent",
                "state", "decision_comment", "decided_by", "decided_at", "process_instance_id", "created_by", "created_at",
                "updated_at", "version");
    }

    @Override
    public void generate(GenerationContext context, int finished, int open) {
        finishedThenOpen(context, finished, open, "Open case studies", (starts, partner, now) -> openOne(context, starts, partner, now));
    }

    /** The partner's project the case study tells of: completed before it was written, and confirmed by a manager. */
    private static long writeProject(GenerationContext context, PlannedPartner partner, long writtenAt) {
        long id = context.nextId("partner_project");
        long joined = partner.authorizedAt.toEpochMilli();
        long completed = Math.max(joined, writtenAt - context.between(DAY, 60 * DAY));
        long started = Math.max(joined, completed - context.between(30 * DAY, 200 * DAY));
        Instant confirmedAt = Instant.ofEpochMilli(Math.min(writtenAt, completed + DAY));
        context.out().row("partner_project", id, partner.id, "АО «" + Vocabulary.companyName(context.random()) + "»",
                "Внедрение Directum RX", context.chance(0.5) ? "MEDIUM" : "LARGE", DealRegistrationGenerator.day(started),
                DealRegistrationGenerator.day(completed), "COMPLETED", null, "CONFIRMED", Staff.MANAGER, confirmedAt, null,
                partner.email, Instant.ofEpochMilli(started), confirmedAt, 1L);
        context.count("caseStudyProjects");
        return id;
    }

    private static void writeCaseStudy(GenerationContext context, long id, PlannedPartner partner, long projectId, String title,
                                       long writtenAt, CaseStudyState state, String comment, long decidedAt, String processInstanceId) {
        boolean decided = state != CaseStudyState.IN_REVIEW;
        context.out().row("case_study", id, partner.id, projectId, state == CaseStudyState.REJECTED ? null : projectId,
                title, "Задача заказчика, решение и результат проекта.", true, state.name(),
                comment, decided ? MARKETING : null, decided ? Instant.ofEpochMilli(decidedAt) : null, processInstanceId,
                partner.email, Instant.ofEpochMilli(writtenAt), Instant.ofEpochMilli(decided ? decidedAt : writtenAt),
                decided ? 1L : 0L);
        context.count("caseStudies:" + state.name());
    }

    @Override
    void writeFinished(GenerationContext context, PlannedPartner partner, long writtenAt) {
        long projectId = writeProject(context, partner, writtenAt);
        long id = context.nextId("case_study");
        InstanceHistory h = history(context, Long.toString(id), writtenAt);
        h.pass(CaseStudyProcess.START);
        h.task(CaseStudyProcess.USER_REVIEW_CASE_STUDY, context.between(HOUR, 7 * DAY), null);
        h.pass(CaseStudyProcess.GATEWAY_DECISION);
        boolean approved = context.chance(0.75);
        h.end(approved ? CaseStudyProcess.END_CASE_STUDY_APPROVED : CaseStudyProcess.END_CASE_STUDY_REJECTED);
        writeHistory(context, h, Instant::ofEpochMilli);
        String comment = approved ? null : Vocabulary.pick(context.random(), REJECT_REASONS);
        writeCaseStudy(context, id, partner, projectId, Vocabulary.pick(context.random(), TITLES), writtenAt,
                approved ? CaseStudyState.APPROVED : CaseStudyState.REJECTED, comment, h.clock(), h.id());
    }

    /** Case studies of the last week waiting for marketing's review. */
    private void openOne(GenerationContext context, OpenStarts starts, PlannedPartner partner, long now) {
        long writtenAt = Math.max(partner.authorizedAt.toEpochMilli() + HOUR, now - context.between(10 * MINUTE, 7 * DAY));
        long projectId = writeProject(context, partner, writtenAt);
        long id = context.nextId("case_study");
        Map<String, Object> variables = new HashMap<>();
        CASE_STUDY_ID.put(variables, id);
        PARTNER_ID.put(variables, partner.id);
        String title = Vocabulary.pick(context.random(), TITLES);
        starts.start(processKey(), writtenAt, id, partner.id, variables, OpenStarts.EngineSteps.NONE,
                pi -> writeCaseStudy(context, id, partner, projectId, title, writtenAt, CaseStudyState.IN_REVIEW, null, 0, pi));
    }
}

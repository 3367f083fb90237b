package dev.partnerprogram.bench.generator;

import static dev.partnerprogram.processes.TrainingEnrollmentProcess.BASIC_COURSE;
import static dev.partnerprogram.processes.TrainingEnrollmentProcess.DECISION;
import static dev.partnerprogram.processes.TrainingEnrollmentProcess.ENROLLMENT_ID;
import static dev.partnerprogram.processes.TrainingEnrollmentProcess.PARTNER_ID;
import static dev.partnerprogram.processes.TrainingEnrollmentProcess.REMINDER_AT;
import static dev.partnerprogram.processes.TrainingEnrollmentProcess.RESULT_DUE_AT;
import static dev.partnerprogram.processes.TrainingEnrollmentProcess.RESULT_GROUPS;
import static dev.partnerprogram.processes.TrainingEnrollmentProcess.SESSION_STARTS_AT;

import dev.partnerprogram.processes.TrainingEnrollmentProcess;
import dev.partnerprogram.processes.TrainingEnrollmentProcess.Decision;
import dev.partnerprogram.training.CourseKind;
import dev.partnerprogram.training.EnrollmentState;
import dev.partnerprogram.training.PricingRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Enrolments of tier partners' employees in the paid courses ({@code training-enrollment}): the catalogue's courses
 * with a session every fortnight over the data set's years, finished enrolments along every way the model ends
 * (passed, failed, no-show, rejected, cancelled, expired unconfirmed or on the waiting list, some after waiting for a
 * seat), and open ones waiting for the training staff's confirmation or, confirmed, for the result of a session to
 * come. Basic-course enrolments are the partner application generator's: it writes their results.
 */
final class TrainingEnrollmentGenerator extends AbstractProcessGenerator {

    /** As the application's default training configuration: sessions run 09:00–18:00, reminders 3 days before. */
    private static final LocalTime SESSION_START = LocalTime.of(9, 0);
    private static final LocalTime SESSION_END = LocalTime.of(18, 0);
    private static final long REMIND_BEFORE = 3 * DAY;
    private static final long RESULT_OVERDUE_AFTER = 7 * DAY;
    private static final int TRAINING_DISCOUNT = 20;
    private static final int SESSION_EVERY_DAYS = 14;
    private static final int SESSION_SEATS = 16;
    private static final String TRAINING_GROUP = "training";

    private record Course(String code, String title, CourseKind kind, int price, int days) {}

    /** The paid part of the catalogue. */
    private static final List<Course> COURSES = List.of(
            new Course("RX-ADM-01", "Администрирование Directum RX", CourseKind.SETUP, 48_000, 3),
            new Course("RX-SET-02", "Настройка бизнес-процессов Directum RX", CourseKind.SETUP, 56_000, 4),
            new Course("RX-DEV-01", "Разработка решений на Directum RX", CourseKind.DEVELOPMENT, 72_000, 5),
            new Course("RX-DEV-02", "Интеграция Directum RX с учётными системами", CourseKind.DEVELOPMENT, 64_000, 4),
            new Course("RX-SAL-01", "Продажи решений Directum RX", CourseKind.SALES, 24_000, 2));

    enum Ending { PASSED, FAILED, NO_SHOW, REJECTED, CANCELLED, UNCONFIRMED, WAITLIST_EXPIRED, WAITLIST_THEN_PASSED }

    private static final List<Vocabulary.Weighted<Ending>> ENDINGS = List.of(
            new Vocabulary.Weighted<>(Ending.PASSED, 52), new Vocabulary.Weighted<>(Ending.FAILED, 10),
            new Vocabulary.Weighted<>(Ending.NO_SHOW, 6), new Vocabulary.Weighted<>(Ending.REJECTED, 7),
            new Vocabulary.Weighted<>(Ending.CANCELLED, 13), new Vocabulary.Weighted<>(Ending.UNCONFIRMED, 3),
            new Vocabulary.Weighted<>(Ending.WAITLIST_EXPIRED, 4), new Vocabulary.Weighted<>(Ending.WAITLIST_THEN_PASSED, 5));

    private static final List<String> REJECT_REASONS = List.of("Сотрудник уже проходил курс", "Курс не подходит по профилю",
            "Нет оплаты от партнёра", "Группа укомплектована сотрудниками одного партнёра");

    /** The ids of the courses and the first session of each, sessions following every {@link #SESSION_EVERY_DAYS}. */
    private final Map<String, Long> courseIds = new HashMap<>();
    private final Map<String, Long> firstSessionIds = new HashMap<>();
    private LocalDate firstSessionDay;
    private int sessionsPerCourse;

    TrainingEnrollmentGenerator() {
        super(TrainingEnrollmentProcess.KEY, "enrollment", 40);
        // A finished enrolment ends with its result at most some weeks after the session, which starts up to 45 days out.
        spreadOver(80 * DAY);
        table("course", "id", "code", "title", "kind", "programme", "price", "duration_days", "active", "created_at", "version");
        table("course_session", "id", "course_id", "start_date", "end_date", "seats", "seats_taken", "trainer_partner_id",
                "trainer_name", "location", "created_at", "version");
        table("enrollment", "id", "partner_id", "course_id", "session_id", "employee_name", "employee_email", "language",
                "state", "pricing_rule", "list_price", "discount_percent", "price", "fund_contribution", "amount_due",
                "quota_id", "seat_state", "fund_state", "fund_year_start", "holds_session_seat", "waitlisted_at", "result",
                "score", "decision_reason", "process_instance_id", "enrolled_by", "enrolled_at", "updated_at", "version");
    }

    /** A session's seats are those its enrolments hold, and never fewer than it offers. */
    @Override
    public void afterRows(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("update course_session s set seats_taken = t.n, seats = greatest(s.seats, t.n) from"
                    + " (select session_id, count(*) as n from enrollment where holds_session_seat group by session_id) t"
                    + " where t.session_id = s.id");
        }
    }

    @Override
    public void generate(GenerationContext context, int finished, int open) {
        writeCatalogue(context);
        finishedThenOpen(context, finished, open, "Open enrolments", (starts, partner, now) -> openOne(context, starts, partner, now));
    }

    private void writeCatalogue(GenerationContext context) {
        Instant created = context.now().minus(Duration.ofDays(6 * 365));
        firstSessionDay = LocalDate.ofInstant(created, DataGenerator.PROGRAM_ZONE).plusDays(30);
        LocalDate lastDay = LocalDate.ofInstant(context.now(), DataGenerator.PROGRAM_ZONE).plusDays(120);
        sessionsPerCourse = (int) ((lastDay.toEpochDay() - firstSessionDay.toEpochDay()) / SESSION_EVERY_DAYS) + 1;
        for (Course course : COURSES) {
            long id = context.nextId("course");
            courseIds.put(course.code(), id);
            context.out().row("course", id, course.code(), course.title(), course.kind().name(), null,
                    BigDecimal.valueOf(course.price()).setScale(2), course.days(), true, created, 0L);
            context.count("courses");
        }
        for (Course course : COURSES) {
            for (int k = 0; k < sessionsPerCourse; k++) {
                long id = context.nextId("course_session");
                if (k == 0) {
                    firstSessionIds.put(course.code(), id);
                }
                LocalDate start = sessionDay(course, k);
                context.out().row("course_session", id, courseIds.get(course.code()), start, start.plusDays(course.days() - 1),
                        SESSION_SEATS, 0, null, Staff.trainer(context.random()), "Учебный центр Directum, Ижевск", created, 0L);
                context.count("courseSessions");
            }
        }
    }

    /** Sessions of different courses start on different weekdays. */
    private LocalDate sessionDay(Course course, int k) {
        return firstSessionDay.plusDays((long) k * SESSION_EVERY_DAYS + COURSES.indexOf(course) * 2L);
    }

    /** The course's first session starting at least {@code minLead} after {@code at}. */
    private Session sessionAfter(Course course, long at, long minLead) {
        LocalDate earliest = LocalDate.ofInstant(Instant.ofEpochMilli(at + minLead), DataGenerator.PROGRAM_ZONE).plusDays(1);
        long offset = earliest.toEpochDay() - sessionDay(course, 0).toEpochDay();
        int k = (int) Math.max(0, (offset + SESSION_EVERY_DAYS - 1) / SESSION_EVERY_DAYS);
        if (k >= sessionsPerCourse) {
            throw new IllegalStateException("No session of " + course.code() + " after " + Instant.ofEpochMilli(at));
        }
        LocalDate start = sessionDay(course, k);
        LocalDate end = start.plusDays(course.days() - 1);
        return new Session(firstSessionIds.get(course.code()) + k,
                start.atTime(SESSION_START).atZone(DataGenerator.PROGRAM_ZONE).toInstant().toEpochMilli(),
                end.atTime(SESSION_END).atZone(DataGenerator.PROGRAM_ZONE).toInstant().toEpochMilli());
    }

    private record Session(long id, long startsAt, long endsAt) {}

    /** One enrolment's domain side, on the absolute clock. */
    private final class Story {
        final long id;
        final PlannedPartner partner;
        final Course course;
        final Session session;
        final String employee;
        final String email;
        final long enrolledAt;
        final Trail events = new Trail();
        EnrollmentState state = EnrollmentState.REQUESTED;
        boolean holdsSeat;
        Long waitlistedAt;
        String result;
        Integer score;
        String reason;
        long updatedAt;

        Story(GenerationContext context, PlannedPartner partner, long enrolledAt, long minLead) {
            this.id = context.nextId("enrollment");
            this.partner = partner;
            this.course = Vocabulary.pick(context.random(), COURSES);
            this.enrolledAt = enrolledAt;
            this.session = sessionAfter(course, enrolledAt, minLead);
            this.employee = Vocabulary.personName(context.random());
            this.email = "staff" + id + "@partner" + partner.id + ".example";
            event(enrolledAt, partner.email, "ENROLLED", PricingRule.PARTNER_DISCOUNT.name());
        }

        void event(long at, String actor, String action, String comment) {
            events.add(at, actor, action, comment);
            updatedAt = Math.max(updatedAt, at);
        }

        void state(EnrollmentState state, long at) {
            this.state = state;
            updatedAt = Math.max(updatedAt, at);
        }

        void write(GenerationContext context, String processInstanceId) {
            BigDecimal list = BigDecimal.valueOf(course.price()).setScale(2);
            BigDecimal price = list.multiply(BigDecimal.valueOf(100 - TRAINING_DISCOUNT)).divide(BigDecimal.valueOf(100), 2,
                    RoundingMode.HALF_UP);
            context.out().row("enrollment", id, partner.id, courseIds.get(course.code()), session.id(), employee, email,
                    partner.language, state.name(), PricingRule.PARTNER_DISCOUNT.name(), list,
                    BigDecimal.valueOf(TRAINING_DISCOUNT).setScale(2), price, BigDecimal.ZERO.setScale(2), price, null,
                    "NONE", "NONE", null, holdsSeat, waitlistedAt == null ? null : Instant.ofEpochMilli(waitlistedAt),
                    result, score, reason, processInstanceId, partner.email, Instant.ofEpochMilli(enrolledAt),
                    Instant.ofEpochMilli(updatedAt), (long) events.size());
            events.write(context, "training_event", "ENROLLMENT", id);
            context.count("enrollments:" + state.name());
            context.count("trainingEvents", events.size());
        }
    }

    // ---- finished enrolments ---------------------------------------------------------------------------------

    @Override
    void writeFinished(GenerationContext context, PlannedPartner partner, long enrolledAt) {
        var random = context.random();
        Story story = new Story(context, partner, enrolledAt, 5 * DAY + context.between(0, 40 * DAY));
        Ending ending = Vocabulary.pickWeighted(random, ENDINGS);
        InstanceHistory h = history(context, Long.toString(story.id), enrolledAt);
        h.pass(TrainingEnrollmentProcess.START);
        long starts = story.session.startsAt();
        long confirm = context.between(HOUR, Math.min(3 * DAY, starts - enrolledAt - DAY));
        String staff = Staff.trainer(random);
        switch (ending) {
            case CANCELLED -> {
                h.cancelledTask(TrainingEnrollmentProcess.USER_CONFIRM_ENROLLMENT, confirm, null);
                h.enterSubprocess(TrainingEnrollmentProcess.SUBPROCESS_ENROLLMENT_CANCELLATION);
                h.pass(TrainingEnrollmentProcess.START_CANCELLATION_REQUESTED);
                endThrough(context, h, TrainingEnrollmentProcess.SERVICE_CANCEL_ENROLLMENT,
                        TrainingEnrollmentProcess.END_ENROLLMENT_CANCELLED);
                story.event(h.clock(), partner.email, "CANCELLED", null);
                story.state(EnrollmentState.CANCELLED, h.clock());
            }
            case UNCONFIRMED -> {
                h.cancelledTask(TrainingEnrollmentProcess.USER_CONFIRM_ENROLLMENT, starts - enrolledAt, null);
                h.pass(TrainingEnrollmentProcess.TIMER_ENROLLMENT_UNCONFIRMED);
                expire(context, h, story);
            }
            case REJECTED -> {
                h.task(TrainingEnrollmentProcess.USER_CONFIRM_ENROLLMENT, confirm, null);
                h.pass(TrainingEnrollmentProcess.GATEWAY_CONFIRMATION_DECISION);
                endThrough(context, h, TrainingEnrollmentProcess.SERVICE_REJECT_ENROLLMENT,
                        TrainingEnrollmentProcess.END_ENROLLMENT_REJECTED);
                story.reason = Vocabulary.pick(random, REJECT_REASONS);
                story.event(h.clock(), staff, "REJECTED", story.reason);
                story.state(EnrollmentState.REJECTED, h.clock());
            }
            default -> {
                h.task(TrainingEnrollmentProcess.USER_CONFIRM_ENROLLMENT, confirm, null);
                h.pass(TrainingEnrollmentProcess.GATEWAY_CONFIRMATION_DECISION);
                story.event(h.clock(), staff, "APPROVED", null);
                h.run(TrainingEnrollmentProcess.SERVICE_TAKE_SESSION_SEAT, service(context));
                h.pass(TrainingEnrollmentProcess.GATEWAY_SESSION_SEAT_TAKEN);
                if (ending == Ending.WAITLIST_EXPIRED || ending == Ending.WAITLIST_THEN_PASSED) {
                    h.pass(TrainingEnrollmentProcess.GATEWAY_WAITING_LIST);
                    story.waitlistedAt = h.clock();
                    story.event(h.clock(), Staff.SYSTEM, "WAITING_LIST", "the session is full");
                    story.state(EnrollmentState.WAITING_LIST, h.clock());
                    if (ending == Ending.WAITLIST_EXPIRED) {
                        h.waitUntil(TrainingEnrollmentProcess.TIMER_WAITING_LIST_EXPIRED, starts);
                        expire(context, h, story);
                        break;
                    }
                    h.waitUntil(TrainingEnrollmentProcess.CATCH_SESSION_SEAT_FREED, context.between(h.clock() + HOUR, starts - HOUR));
                    h.run(TrainingEnrollmentProcess.SERVICE_TAKE_SESSION_SEAT, service(context));
                    h.pass(TrainingEnrollmentProcess.GATEWAY_SESSION_SEAT_TAKEN);
                }
                attend(context, h, story, ending);
            }
        }
        writeHistory(context, h, Instant::ofEpochMilli);
        story.write(context, h.id());
    }

    /** Confirmed with a seat: the reminder before the session, then the trainer's result, sometimes late. */
    private static void attend(GenerationContext context, InstanceHistory h, Story story, Ending ending) {
        var random = context.random();
        story.holdsSeat = true;
        story.event(h.clock(), Staff.SYSTEM, "CONFIRMED", null);
        story.state(EnrollmentState.CONFIRMED, h.clock());
        long reminder = story.session.startsAt() - REMIND_BEFORE;
        long due = story.session.endsAt() + RESULT_OVERDUE_AFTER;
        long recorded = context.chance(0.9) ? story.session.endsAt() + context.between(HOUR, 5 * DAY)
                : due + context.between(HOUR, 6 * DAY);
        if (reminder > h.clock()) {
            h.branch(reminder, TrainingEnrollmentProcess.TIMER_SESSION_REMINDER, TrainingEnrollmentProcess.SERVICE_REMIND_PARTICIPANT,
                    TrainingEnrollmentProcess.END_PARTICIPANT_REMINDED);
            story.event(reminder, Staff.SYSTEM, "REMINDED", story.email);
        }
        if (recorded > due) {
            h.branch(due, TrainingEnrollmentProcess.TIMER_RESULT_OVERDUE, TrainingEnrollmentProcess.SERVICE_ESCALATE_RESULT_OVERDUE,
                    TrainingEnrollmentProcess.END_RESULT_OVERDUE_ESCALATED);
            story.event(due, Staff.SYSTEM, "RESULT_OVERDUE", Instant.ofEpochMilli(due).toString());
        }
        h.task(TrainingEnrollmentProcess.USER_RECORD_TRAINING_RESULT, recorded - h.clock(), due);
        h.pass(TrainingEnrollmentProcess.GATEWAY_TRAINING_RESULT);
        EnrollmentState state = switch (ending) {
            case FAILED -> EnrollmentState.FAILED;
            case NO_SHOW -> EnrollmentState.NO_SHOW;
            default -> EnrollmentState.PASSED;
        };
        switch (state) {
            case PASSED -> {
                h.pass(TrainingEnrollmentProcess.GATEWAY_BASIC_COURSE);
                h.end(TrainingEnrollmentProcess.END_TRAINING_PASSED);
                story.score = 70 + random.nextInt(31);
            }
            case FAILED -> {
                h.end(TrainingEnrollmentProcess.END_TRAINING_FAILED);
                story.score = 20 + random.nextInt(50);
            }
            default -> h.end(TrainingEnrollmentProcess.END_TRAINING_NO_SHOW);
        }
        story.result = state.name();
        story.event(h.clock(), Staff.trainer(random), "RESULT_" + state.name(), null);
        story.state(state, h.clock());
    }

    private static void expire(GenerationContext context, InstanceHistory h, Story story) {
        endThrough(context, h, TrainingEnrollmentProcess.SERVICE_EXPIRE_ENROLLMENT,
                TrainingEnrollmentProcess.END_ENROLLMENT_EXPIRED);
        story.event(h.clock(), Staff.SYSTEM, "EXPIRED", null);
        story.state(EnrollmentState.EXPIRED, h.clock());
    }

    // ---- open enrolments -------------------------------------------------------------------------------------

    /**
     * Enrolments for sessions still to come: most wait for the training staff's confirmation, the rest are confirmed
     * and wait for the result; every timer of theirs (session start, reminder, result overdue) lies after now.
     */
    private void openOne(GenerationContext context, OpenStarts starts, PlannedPartner partner, long now) {
        boolean confirmed = context.chance(0.4);
        long enrolledAt = now - context.between(10 * MINUTE, Math.min(20 * DAY, now - partner.authorizedAt.toEpochMilli()));
        Story story = new Story(context, partner, enrolledAt, now - enrolledAt + REMIND_BEFORE + DAY + context.between(0, 40 * DAY));
        Map<String, Object> variables = new HashMap<>();
        ENROLLMENT_ID.put(variables, story.id);
        PARTNER_ID.put(variables, partner.id);
        BASIC_COURSE.put(variables, false);
        SESSION_STARTS_AT.put(variables, new Date(story.session.startsAt()));
        REMINDER_AT.put(variables, new Date(story.session.startsAt() - REMIND_BEFORE));
        RESULT_DUE_AT.put(variables, new Date(story.session.endsAt() + RESULT_OVERDUE_AFTER));
        RESULT_GROUPS.put(variables, TRAINING_GROUP);
        OpenStarts.EngineSteps steps = OpenStarts.EngineSteps.NONE;
        if (confirmed) {
            long at = context.between(enrolledAt + MINUTE, Math.max(enrolledAt + 2 * MINUTE, now - MINUTE));
            steps = OpenStarts.EngineSteps.completeTask(at, Map.of(DECISION.name(), DECISION.value(Decision.APPROVE.name())));
            story.event(at, Staff.trainer(context.random()), "APPROVED", null);
            story.holdsSeat = true;
            story.event(at, Staff.SYSTEM, "CONFIRMED", null);
            story.state(EnrollmentState.CONFIRMED, at);
        }
        starts.start(processKey(), enrolledAt, story.id, partner.id, variables, steps, pi -> story.write(context, pi));
    }
}

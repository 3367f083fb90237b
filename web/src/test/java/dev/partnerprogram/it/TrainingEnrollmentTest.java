package dev.partnerprogram.it;

import static dev.partnerprogram.processes.TrainingEnrollmentProcess.USER_CONFIRM_ENROLLMENT;
import static dev.partnerprogram.processes.TrainingEnrollmentProcess.USER_RECORD_TRAINING_RESULT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.partner.BenefitQuotaRepository;
import dev.partnerprogram.partner.QuotaKind;
import dev.partnerprogram.processes.FreeTrainingSeatsProcess;
import dev.partnerprogram.processes.TrainingEnrollmentProcess;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * The training-enrollment process with the real delegates on PostgreSQL: reservations made and given back, the
 * waiting list, results, reminders, the expiry of unused seats, bad input and other partners' enrolments.
 */
class TrainingEnrollmentTest extends IntegrationTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    BenefitQuotaRepository quotas;

    private Scenario.Partner partner;

    @BeforeEach
    void authorizedPartner() {
        partner = scenario.authorizedPartner();
    }

    @Test
    void freeSeat_isReservedAtEnrolment_andGivenBackOnRejectionAndOnCancellation() {
        String setup = scenario.course("SETUP", "30000");
        long session = scenario.session(setup, 14, 10);

        long first = scenario.enrollOk(partner, setup, session, "anna");
        assertThat(enrollment(first).get("paidByQuota").asBoolean()).isTrue();
        assertThat(enrollment(first).get("stage").asText()).isEqualTo("Ожидает подтверждения");
        assertThat(seatsLeft()).isZero();

        var noReason = Scenario.complete(scenario.reviewer(),
                Scenario.task(scenario.reviewer(), "enrollment", first, USER_CONFIRM_ENROLLMENT).get("id").asText(),
                Map.of("decision", "REJECT"));
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getBody().get("errors").get(0).get("field").asText()).isEqualTo("comment");

        Scenario.completeOk(scenario.reviewer(), "enrollment", first, USER_CONFIRM_ENROLLMENT,
                Map.of("decision", "REJECT", "comment", "Группа набрана из другого региона"));
        assertThat(enrollment(first).get("state").asText()).isEqualTo("REJECTED");
        assertThat(enrollment(first).get("decisionReason").asText()).contains("другого региона");
        assertThat(seatsLeft()).isEqualTo(1);

        long second = scenario.enrollOk(partner, setup, session, "anna");
        assertThat(enrollment(second).get("paidByQuota").asBoolean()).isTrue();
        var cancelled = partner.api().post("/api/enrollments/" + second + "/cancel", null);
        assertThat(cancelled.getStatusCode().value()).isEqualTo(200);
        assertThat(cancelled.getBody().get("state").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.getBody().get("history").toString()).contains("\"actor\":\"" + partner.email() + "\"");
        assertThat(seatsLeft()).isEqualTo(1);
        assertThat(partner.api().post("/api/enrollments/" + second + "/cancel", null).getStatusCode().value()).isEqualTo(409);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(TrainingEnrollmentProcess.KEY)
                .processInstanceBusinessKey(Long.toString(second)).count()).isZero();
    }

    @Test
    void fullSession_putsTheConfirmationOnTheWaitingList_andACancelledSeatGoesToIt() {
        String sales = scenario.course("SALES", "20000");
        OneSeatTwoConfirmed seat = oneSeatTwoConfirmed(sales);
        long session = seat.session();
        long first = seat.first();
        long second = seat.second();

        assertThat(enrollment(first).get("state").asText()).isEqualTo("CONFIRMED");
        assertThat(enrollment(second).get("state").asText()).isEqualTo("WAITING_LIST");
        var full = scenario.enroll(partner, sales, session, "third", Map.of());
        assertThat(full.getStatusCode().value()).isEqualTo(400);
        assertThat(field(full)).isEqualTo("sessionId");

        assertThat(partner.api().post("/api/enrollments/" + first + "/cancel", null).getStatusCode().value()).isEqualTo(200);

        assertThat(enrollment(second).get("state").asText()).isEqualTo("CONFIRMED");
        assertThat(scenario.reviewer().get("/api/sessions/" + session).getBody().get("seatsTaken").asInt()).isEqualTo(1);
        assertThat(subjects(partner.email())).contains("Запись № " + second + ": лист ожидания");
    }

    @Test
    void addedSeats_goToTheWaitingListFirst() {
        OneSeatTwoConfirmed seat = oneSeatTwoConfirmed(scenario.course("SALES", "20000"));
        long session = seat.session();

        LocalDate start = LocalDate.parse(scenario.reviewer().get("/api/sessions/" + session).getBody().get("startDate").asText());
        var updated = scenario.admin().put("/api/admin/sessions/" + session, Map.of("startDate", start.toString(),
                "endDate", start.plusDays(1).toString(), "seats", 2, "trainerName", "Тренер Directum", "location", "Онлайн"));
        assertThat(updated.getStatusCode().value()).as(String.valueOf(updated.getBody())).isEqualTo(200);

        assertThat(enrollment(seat.second()).get("state").asText()).isEqualTo("CONFIRMED");
        assertThat(updated.getBody().get("seatsTaken").asInt()).isEqualTo(2);
        assertThat(scenario.reviewer().get("/api/sessions/" + session).getBody().get("seatsLeft").asInt()).isZero();
    }

    @Test
    void noShow_consumesTheFreeSeat_andTheResultCannotBeCancelledAway() {
        String development = scenario.course("DEVELOPMENT", "45000");
        long enrollmentId = scenario.enrollOk(partner, development, scenario.session(development, 14, 10), "petr");

        scenario.attend(enrollmentId, "NO_SHOW", null);

        JsonNode enrollment = enrollment(enrollmentId);
        assertThat(enrollment.get("state").asText()).isEqualTo("NO_SHOW");
        assertThat(enrollment.get("paidByQuota").asBoolean()).isTrue();
        assertThat(seatsLeft()).isZero();
        assertThat(partner.api().post("/api/enrollments/" + enrollmentId + "/cancel", null).getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void failedEmployee_mayEnrolAgain_butNotTwiceAtOnce() {
        String sales = scenario.course("SALES", "20000");
        long session = scenario.session(sales, 14, 10);
        long first = scenario.enrollOk(partner, sales, session, "olga");

        assertThat(scenario.enroll(partner, sales, session, "olga", Map.of()).getStatusCode().value()).isEqualTo(409);
        scenario.attend(first, "FAILED", 40);
        assertThat(enrollment(first).get("state").asText()).isEqualTo("FAILED");
        assertThat(enrollment(first).get("score").asInt()).isEqualTo(40);

        // The failed session has begun (a result needs that), so she enrols in a later one.
        assertThat(scenario.enroll(partner, sales, session, "olga", Map.of()).getStatusCode().value()).isEqualTo(400);
        assertThat(scenario.enroll(partner, sales, scenario.session(sales, 14, 10), "olga", Map.of()).getStatusCode().value())
                .isEqualTo(201);
    }

    @Test
    void remindersGoToTheEmployeeBeforeTheSession_andToTrainingStaffWhenTheResultIsOverdue() {
        String sales = scenario.course("SALES", "20000");
        long enrollmentId = scenario.enrollOk(partner, sales, scenario.session(sales, 14, 10), "maria");
        Scenario.completeOk(scenario.reviewer(), "enrollment", enrollmentId, USER_CONFIRM_ENROLLMENT, Map.of("decision", "APPROVE"));
        String employee = enrollment(enrollmentId).get("employeeEmail").asText();

        runTimer(TrainingEnrollmentProcess.KEY, enrollmentId, TrainingEnrollmentProcess.TIMER_SESSION_REMINDER);
        runTimer(TrainingEnrollmentProcess.KEY, enrollmentId, TrainingEnrollmentProcess.TIMER_RESULT_OVERDUE);

        assertThat(subjects(employee)).anyMatch(s -> s.startsWith("Напоминание: курс «Курс " + sales + "» начинается"));
        assertThat(subjects("it-reviewer@vendor.example")).contains("Не внесён результат обучения по записи № " + enrollmentId);
        JsonNode task = Scenario.task(scenario.reviewer(), "enrollment", enrollmentId, USER_RECORD_TRAINING_RESULT);
        assertThat(task.get("due").asText()).isNotBlank();
        assertThat(enrollment(enrollmentId).get("history").toString()).contains("REMINDED", "RESULT_OVERDUE");
    }

    @Test
    void unusedFreeSeats_expireAtTheEndOfThePartnerYear_byTheTimer() {
        long quotaId = quotas.findCurrent(partner.partnerId(), QuotaKind.FREE_TRAINING_SEATS, LocalDate.now(MOSCOW)).orElseThrow().getId();
        assertThat(seatsLeft()).isEqualTo(1);

        runTimer(FreeTrainingSeatsProcess.KEY, quotaId, FreeTrainingSeatsProcess.TIMER_PARTNER_YEAR_ENDED);

        assertThat(seatsLeft()).isZero();
        assertThat(quotas.findById(quotaId).orElseThrow().getExpired()).isEqualTo(1);
        assertThat(subjects(partner.email())).contains("Неиспользованные бесплатные места на обучение сгорели");
        String setup = scenario.course("SETUP", "30000");
        var afterExpiry = scenario.enroll(partner, setup, scenario.session(setup, 14, 10), "late", Map.of());
        assertThat(afterExpiry.getBody().get("paidByQuota").asBoolean()).isFalse();
        assertThat(afterExpiry.getBody().get("discount").decimalValue()).isEqualByComparingTo("20");
    }

    @Test
    void badInput_isRefusedFieldByField_andNothingIsReserved() {
        String setup = scenario.course("SETUP", "30000");
        long session = scenario.session(setup, 14, 10);
        String university = scenario.course("UNIVERSITY", "10000");
        long universitySession = scenario.session(university, 14, 10);
        scenario.admin().post("/api/admin/payments", Map.of("partnerId", partner.partnerId(),
                "paidOn", LocalDate.now(MOSCOW).toString(), "amount", "2000000", "kind", "SUBSCRIPTION"));
        long pastSession = pastSession(setup);
        long enrolmentsBefore = enrolments();
        String fundBefore = benefits().get("universityFund").asText();

        List<ResponseEntity<JsonNode>> refused = new ArrayList<>();
        refused.add(partner.api().post("/api/enrollments", Map.of("courseCode", "NO-SUCH-COURSE", "employeeName", "Иван",
                "employeeEmail", "ivan@example.test")));
        refused.add(scenario.enroll(partner, setup, session, "x", Map.of("employeeEmail", "not-an-email")));
        refused.add(scenario.enroll(partner, setup, pastSession, "past", Map.of()));
        refused.add(scenario.enroll(partner, university, universitySession, "greedy", Map.of("fundAmount", "4000.01")));
        refused.add(scenario.enroll(partner, setup, session, "wrong-fund", Map.of("payFromUniversityFund", true)));
        refused.add(scenario.enroll(partner, setup, universitySession, "wrong-session", Map.of()));

        assertThat(refused).allSatisfy(r -> {
            assertThat(r.getStatusCode().value()).as(String.valueOf(r.getBody())).isEqualTo(400);
            assertThat(r.getHeaders().getContentType().toString()).contains("application/problem+json");
        });
        assertThat(refused.stream().map(TrainingEnrollmentTest::field).toList()).containsExactly(
                "courseCode", "employeeEmail", "sessionId", "fundAmount", "payFromUniversityFund", "sessionId");
        assertThat(refused.get(3).getBody().get("errors").get(0).get("message").asText()).contains("50%", "4000.00");
        assertThat(enrolments()).isEqualTo(enrolmentsBefore);
        assertThat(seatsLeft()).isEqualTo(1);
        assertThat(benefits().get("universityFund").asText()).isEqualTo(fundBefore);

        var exactHalf = scenario.enroll(partner, university, universitySession, "half", Map.of("fundAmount", "4000.00"));
        assertThat(exactHalf.getStatusCode().value()).isEqualTo(201);
        assertThat(exactHalf.getBody().get("amountDue").decimalValue()).isEqualByComparingTo("4000.00");
    }

    @Test
    void anotherPartner_neitherSeesNorCancelsTheEnrolment() {
        String sales = scenario.course("SALES", "20000");
        long enrollmentId = scenario.enrollOk(partner, sales, scenario.session(sales, 14, 10), "secret");
        Scenario.Partner stranger = scenario.registerCompany("en");

        assertThat(stranger.api().get("/api/enrollments/" + enrollmentId).getStatusCode().value()).isEqualTo(404);
        assertThat(stranger.api().post("/api/enrollments/" + enrollmentId + "/cancel", null).getStatusCode().value()).isEqualTo(404);
        assertThat(stranger.api().get("/api/enrollments").getBody().get("total").asLong()).isZero();
        assertThat(stranger.api().get("/api/tasks").getBody().get("total").asLong()).isZero();
        assertThat(partner.api().get("/api/enrollments/" + enrollmentId).getStatusCode().value()).isEqualTo(200);
        // A partner cannot confirm its own enrolment: the task is the training staff's.
        String confirm = Scenario.task(scenario.reviewer(), "enrollment", enrollmentId, USER_CONFIRM_ENROLLMENT).get("id").asText();
        assertThat(Scenario.complete(partner.api(), confirm, Map.of("decision", "APPROVE")).getStatusCode().value()).isEqualTo(404);
        assertThat(scenario.reviewer().post("/api/enrollments", Map.of("courseCode", sales, "employeeName", "X",
                "employeeEmail", "x@example.test")).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void catalogue_showsThePartnerItsOwnPrice() {
        String setup = scenario.course("SETUP", "30000");
        scenario.session(setup, 14, 10);

        JsonNode course = partner.api().get("/api/courses/" + setup).getBody();
        assertThat(course.get("kind").asText()).isEqualTo("SETUP");
        assertThat(course.get("price").decimalValue()).isEqualByComparingTo("30000");
        assertThat(course.get("yourPrice").get("rule").asText()).isEqualTo("FREE_SEAT");
        assertThat(course.get("nextSession").get("seatsLeft").asInt()).isEqualTo(10);
        assertThat(scenario.reviewer().get("/api/courses/" + setup).getBody().get("yourPrice").isNull()).isTrue();
        assertThat(partner.api().get("/api/courses?kind=SETUP&size=100").getBody().get("items").toString()).contains(setup);
        assertThat(partner.api().post("/api/admin/courses", Map.of("code", "HACK")).getStatusCode().value()).isEqualTo(403);
    }

    private record OneSeatTwoConfirmed(long session, long first, long second) {}

    /** A session of the course with one seat, and two employees whose enrolments staff confirmed, in this order. */
    private OneSeatTwoConfirmed oneSeatTwoConfirmed(String courseCode) {
        long session = scenario.session(courseCode, 14, 1);
        long first = scenario.enrollOk(partner, courseCode, session, "first");
        long second = scenario.enrollOk(partner, courseCode, session, "second");
        Scenario.completeOk(scenario.reviewer(), "enrollment", first, USER_CONFIRM_ENROLLMENT, Map.of("decision", "APPROVE"));
        Scenario.completeOk(scenario.reviewer(), "enrollment", second, USER_CONFIRM_ENROLLMENT, Map.of("decision", "APPROVE"));
        return new OneSeatTwoConfirmed(session, first, second);
    }

    private long pastSession(String courseCode) {
        long courseId = partner.api().get("/api/courses/" + courseCode).getBody().get("id").asLong();
        LocalDate start = LocalDate.now(MOSCOW).minusDays(3);
        return jdbc.queryForObject("insert into course_session (course_id, start_date, end_date, seats, seats_taken, trainer_name, "
                        + "location, created_at) values (?, ?, ?, 10, 0, 'Тренер', 'Онлайн', now()) returning id", Long.class,
                courseId, start, start.plusDays(1));
    }

    private JsonNode enrollment(long id) {
        return partner.api().get("/api/enrollments/" + id).getBody();
    }

    private long enrolments() {
        return partner.api().get("/api/enrollments").getBody().get("total").asLong();
    }

    private JsonNode benefits() {
        return partner.api().get("/api/partners/" + partner.partnerId() + "/benefits").getBody();
    }

    private int seatsLeft() {
        return benefits().get("freeTrainingSeatsLeft").asInt();
    }

    private static String field(ResponseEntity<JsonNode> response) {
        return response.getBody().get("errors").get(0).get("field").asText();
    }

    private List<String> subjects(String recipient) {
        return outbox.findByRecipientOrderByIdAsc(recipient).stream().map(m -> m.getSubject()).toList();
    }
}

package dev.partnerprogram.it;

import static dev.partnerprogram.processes.PartnerApplicationProcess.USER_CONFIRM_AGREEMENT;
import static dev.partnerprogram.processes.PartnerApplicationProcess.USER_REVIEW_APPLICATION;
import static dev.partnerprogram.processes.PartnerApplicationProcess.USER_UPLOAD_AGREEMENT;
import static dev.partnerprogram.processes.TrainingEnrollmentProcess.USER_CONFIRM_ENROLLMENT;
import static dev.partnerprogram.processes.TrainingEnrollmentProcess.USER_RECORD_TRAINING_RESULT;
import static dev.partnerprogram.support.Scenario.completeOk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.LeanRequestContext;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.support.StatementCounter;
import dev.partnerprogram.support.StatementCounter.Request;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What each request of the join lifecycle sends to the database, counted at the JDBC driver (statements, commits, reads
 * of the signed-in user), with an upper bound per request type so that a change that adds queries to the hot path
 * fails here rather than in the benchmark. The journey is the benchmark's: registration, application, review,
 * agreement, basic course, grant. The figures are printed for the record.
 */
@LeanRequestContext
class RequestStatementsTest extends IntegrationTest {
    private static final String REGISTER = "POST /api/registrations";

    /**
     * Most statements a request of each type may send (each statement of a JDBC batch counted, as the application sends
     * them; the driver's multi-row inserts leave PostgreSQL fewer to execute): what it sent when measured (5 December
     * 2026: registration 10 — the rate limit's two counters, per address and per client, each in a transaction of its
     * own so that refused attempts count too, then the company, its owner, the confirmation link, its mail and the
     * audit entry —, application 30 and enrolment 33 to 41 — more when the engine first loads the model —, task
     * completion 27 to 73 — the last one ends the enrolment and moves the application on; it was 91 while the engine
     * stamped a removal time on 16 history tables at an instance's end —, an inbox page 3 plus its count), with a
     * little room. The benchmark's lifecycle (printed last) was 15.5 statements per request before a row locked twice
     * in one transaction was locked once and a transaction's two rollup upserts became one statement, 15.1 after, 14.9
     * once the decisions only a gateway reads went to the engine as transient variables (7 statements fewer: their
     * runtime rows were inserted, updated and deleted); the whole journey 15.8 before (16.7 before a new task's inbox
     * row, a mail and a rate limit's bucket were each written without a look-up first). About 60% of a completion is
     * the engine's own work (runtime and history rows). {@code target/request-statements.txt} lists every statement of
     * every request.
     */
    private static final Map<String, Integer> MOST_STATEMENTS = Map.of(
            REGISTER, 11,
            "GET /api/me", 1,
            "POST /api/applications", 36,
            "GET /api/tasks", 4,
            "POST /api/tasks/{id}/complete", 74,
            "POST /api/applications/{id}/documents", 6,
            "GET /api/courses/{id}/sessions", 3,
            "POST /api/enrollments", 43,
            "GET /api/applications/{id}", 3);

    /**
     * The requests of one lifecycle of the benchmark's full stack (performance issue #19, "statements per request, mean
     * over the lifecycle"): the partner polls its application about eight times until the asynchronous grant shows, and
     * the inbox is read once per task completed. The registration is left out, as in the runs of registered companies.
     */
    private static final Map<String, Integer> BENCHMARK_LIFECYCLE = Map.of(
            "GET /api/applications/{id}", 8,
            "GET /api/tasks", 5,
            "POST /api/tasks/{id}/complete", 5,
            "POST /api/applications", 1,
            "POST /api/applications/{id}/documents", 1,
            "POST /api/enrollments", 1,
            "GET /api/courses/{id}/sessions", 1);

    @Test
    void theJoinLifecycle_staysWithinItsStatementsPerRequest_andReadsEachSignedInUserOnce() {
        String basic = scenario.course("BASIC", "10000");
        long session = scenario.session(basic, 5, 10);
        // The reviewer has made a request before, as reviewers at work have; the company is new.
        scenario.reviewer().get("/api/me");
        StatementCounter.clear();

        Scenario.Partner partner = scenario.registerCompany("ru");
        partner.api().get("/api/me");
        long id = scenario.apply(partner);
        completeOk(scenario.reviewer(), "application", id, USER_REVIEW_APPLICATION, Map.of("decision", "APPROVE"));
        partner.api().upload("/api/applications/" + id + "/documents", "agreement.pdf", Scenario.PDF, Map.of("kind", "AGREEMENT"));
        completeOk(partner.api(), "application", id, USER_UPLOAD_AGREEMENT, Map.of());
        completeOk(scenario.reviewer(), "application", id, USER_CONFIRM_AGREEMENT, Map.of("decision", "APPROVE"));
        partner.api().get("/api/courses/" + basic + "/sessions?size=50");
        long enrollment = scenario.enrollOk(partner, basic, session, "ivan");
        completeOk(scenario.reviewer(), "enrollment", enrollment, USER_CONFIRM_ENROLLMENT, Map.of("decision", "APPROVE"));
        scenario.sessionBegins(enrollment);
        completeOk(scenario.reviewer(), "enrollment", enrollment, USER_RECORD_TRAINING_RESULT, Map.of("result", "PASSED", "score", 91));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                partner.api().get("/api/applications/" + id).getBody().get("state").asText().equals("APPROVED"));

        List<Request> requests = StatementCounter.requests();
        print(requests);
        assertThat(requests).extracting(Request::name).containsAll(MOST_STATEMENTS.keySet());
        for (Request request : requests) {
            assertThat(request.statements()).as(request.toString())
                    .isLessThanOrEqualTo(MOST_STATEMENTS.getOrDefault(request.name(), 0));
            // The registration counts its two rate limits and registers, then reads the new account for the Basic password
            // cache: a transaction each.
            assertThat(request.commits()).as(request.toString()).isLessThanOrEqualTo(request.name().equals(REGISTER) ? 4 : 1);
            assertThat(request.userReads()).as(request.toString()).isLessThanOrEqualTo(1);
        }
        // The company's account at its registration and at its first call; the reviewer's never (read before, kept).
        assertThat(requests.stream().mapToInt(Request::userReads).sum()).as("reads of an account by name").isEqualTo(2);
    }

    @Test
    void anAccountWrittenAfterItWasRead_isReadAgainAtItsNextRequest() {
        Scenario.Partner partner = scenario.registerCompany("en");
        partner.api().get("/api/me");
        StatementCounter.clear();
        assertThat(partner.api().get("/api/me").getBody().get("language").asText()).isEqualTo("en");
        assertThat(StatementCounter.requests()).singleElement().extracting(Request::userReads).isEqualTo(0);

        users.findByUsername(partner.email()).ifPresent(user -> {
            user.changeLanguage("ru");
            users.save(user);
        });
        StatementCounter.clear();
        assertThat(partner.api().get("/api/me").getBody().get("language").asText()).as("the change, not the kept account")
                .isEqualTo("ru");
        assertThat(StatementCounter.requests()).singleElement().extracting(Request::userReads).isEqualTo(1);
    }

    private static void print(List<Request> requests) {
        Map<String, List<Request>> byName = requests.stream().collect(Collectors.groupingBy(Request::name, TreeMap::new, Collectors.toList()));
        StringBuilder report = new StringBuilder("Statements per request of the join lifecycle (requests, statements max/mean, round trips mean, commits mean, user reads):\n");
        byName.forEach((name, list) -> report.append(String.format("  %-45s %3d  %3d / %5.1f  %5.1f  %4.1f  %d%n", name, list.size(),
                list.stream().mapToInt(Request::statements).max().orElse(0),
                list.stream().mapToInt(Request::statements).average().orElse(0),
                list.stream().mapToInt(Request::roundTrips).average().orElse(0),
                list.stream().mapToInt(Request::commits).average().orElse(0),
                list.stream().mapToInt(Request::userReads).sum())));
        report.append(String.format("  all: %d requests, %d statements (%.1f per request) in %d round trips (%.1f per request),"
                + " %d commits%n", requests.size(),
                requests.stream().mapToInt(Request::statements).sum(),
                requests.stream().mapToInt(Request::statements).average().orElse(0),
                requests.stream().mapToInt(Request::roundTrips).sum(),
                requests.stream().mapToInt(Request::roundTrips).average().orElse(0),
                requests.stream().mapToInt(Request::commits).sum()));
        double lifecycle = BENCHMARK_LIFECYCLE.entrySet().stream().mapToDouble(e -> e.getValue()
                * byName.getOrDefault(e.getKey(), List.of()).stream().mapToInt(Request::statements).average().orElse(0)).sum();
        int lifecycleRequests = BENCHMARK_LIFECYCLE.values().stream().mapToInt(Integer::intValue).sum();
        report.append(String.format("  the benchmark's lifecycle (%d requests, each type at its mean here): %.0f statements, %.1f per request%n",
                lifecycleRequests, lifecycle, lifecycle / lifecycleRequests));
        System.out.print(report);
        // Every statement of every request, for whoever cuts them next (the console gets the summary only).
        try {
            Files.writeString(Path.of("target", "request-statements.txt"),
                    requests.stream().map(Request::toString).collect(Collectors.joining("\n\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.partnerprogram.apiclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.sun.net.httpserver.HttpServer;
import dev.partnerprogram.apiclient.generated.ApiClient;
import dev.partnerprogram.apiclient.generated.ApiException;
import dev.partnerprogram.apiclient.generated.ApiResponse;
import dev.partnerprogram.apiclient.generated.api.IdentityApi;
import dev.partnerprogram.apiclient.generated.api.IntegrationApi;
import dev.partnerprogram.apiclient.generated.api.MarketingCompensationApi;
import dev.partnerprogram.apiclient.generated.api.PartnersAndBenefitsApi;
import dev.partnerprogram.apiclient.generated.api.StatusApplicationsApi;
import dev.partnerprogram.apiclient.generated.api.TasksApi;
import dev.partnerprogram.apiclient.generated.api.TrainingApi;
import dev.partnerprogram.apiclient.generated.model.ApplicationRequest;
import dev.partnerprogram.apiclient.generated.model.ApplicationResponse;
import dev.partnerprogram.apiclient.generated.model.BudgetBody;
import dev.partnerprogram.apiclient.generated.model.ClaimBody;
import dev.partnerprogram.apiclient.generated.model.ClaimExpense;
import dev.partnerprogram.apiclient.generated.model.CompensationLine;
import dev.partnerprogram.apiclient.generated.model.CompensationRequestBody;
import dev.partnerprogram.apiclient.generated.model.CompensationResponse;
import dev.partnerprogram.apiclient.generated.model.CompletionRequest;
import dev.partnerprogram.apiclient.generated.model.CourseRequest;
import dev.partnerprogram.apiclient.generated.model.CourseView;
import dev.partnerprogram.apiclient.generated.model.EnrollmentRequest;
import dev.partnerprogram.apiclient.generated.model.FeedEvent;
import dev.partnerprogram.apiclient.generated.model.FeedResponse;
import dev.partnerprogram.apiclient.generated.model.PartnerResponse;
import dev.partnerprogram.apiclient.generated.model.Problem;
import dev.partnerprogram.apiclient.generated.model.ProblemErrorsInner;
import dev.partnerprogram.apiclient.generated.model.RegistrationRequest;
import dev.partnerprogram.apiclient.generated.model.SessionRequest;
import dev.partnerprogram.apiclient.generated.model.TaskView;
import dev.partnerprogram.apiclient.generated.model.WebhookRequest;
import dev.partnerprogram.testsupport.WebhookSignatures;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document in docs/openapi is the contract: a client generated from it (openapi-generator, Java, the JDK's
 * HttpClient) and nothing else drives the packaged application on PostgreSQL through the join journey, a compensation
 * claim, a webhook with a signed delivery, the pull feed, an idempotent creation and a refusal. A document that lies
 * about a path, a field, a status or a content type fails here, at build time.
 */
class GeneratedClientJourneyIT {
    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private static final String REGION = "Казань";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final byte[] PDF = "%PDF-1.4\n% generated client\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final String SECRET = "client-test-secret-" + UUID.randomUUID();

    private static RunningApplication app;
    private static HttpServer receiver;
    /** What the receiver accepted, by event id: each once, however often it was delivered. */
    private static final Map<String, String> received = new ConcurrentHashMap<>();
    private static final List<String> badSignatures = new ArrayList<>();

    @TempDir
    static Path files;

    @BeforeAll
    static void start() throws Exception {
        app = RunningApplication.start();
        System.out.println("The application started in " + app.startUp.toMillis() + " ms");
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst("X-Signature");
            if (WebhookSignatures.genuine(SECRET, body, signature)) {
                received.putIfAbsent(exchange.getRequestHeaders().getFirst("X-Event-Id"), new String(body, StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
            } else {
                synchronized (badSignatures) {
                    badSignatures.add(signature);
                }
                exchange.sendResponseHeaders(401, -1);
            }
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aCompanyBecomesAuthorizedAndClaimsCompensation_throughTheGeneratedClientAlone() throws Exception {
        ApiClient admin = client(RunningApplication.ADMIN, RunningApplication.STAFF_PASSWORD);
        ApiClient reviewer = client(RunningApplication.REVIEWER, RunningApplication.STAFF_PASSWORD);
        var hook = new IntegrationApi(admin).integrationRegister(new WebhookRequest()
                .url("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks")
                .events(List.of("partner.status-changed", "application.decided")).secret(SECRET), null);
        assertThat(hook.getId()).isPositive();

        // Registration: anonymous, answers the company and its first user.
        String n = Long.toString(System.nanoTime() % 1_000_000_000L);
        String email = "client" + n + "@company" + n + ".example";
        String password = "client-secret-" + n;
        long partnerId = new IdentityApi(client(null, null)).registrationRegister(new RegistrationRequest()
                .companyName("ООО «Клиент " + n + "»").taxId(String.format("9%09d", Long.parseLong(n) % 1_000_000_000L))
                .region(REGION).contactName("Клиент Генераторов").email(email).phone("+7 843 000-00-00").password(password)
                .language("ru")).getPartnerId();
        ApiClient partner = client(email, password);
        assertThat(new IdentityApi(partner).registrationMe().getPartnerId()).isEqualTo(partnerId);

        // A refusal is problem+json naming the field the document marks required (the others depend on the status).
        ApiException refused = catchThrowableOfType(ApiException.class,
                () -> new StatusApplicationsApi(partner).applicationSubmit(new ApplicationRequest(), null));
        assertThat(refused.getCode()).isEqualTo(400);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        Problem problem = partner.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getErrors()).extracting(ProblemErrorsInner::getField)
                .containsExactly("requestedStatus");

        // The application: submitted, approved, the signed agreement uploaded and confirmed.
        StatusApplicationsApi applications = new StatusApplicationsApi(partner);
        ApplicationResponse submitted = applications.applicationSubmit(new ApplicationRequest()
                .requestedStatus(ApplicationRequest.RequestedStatusEnum.AUTHORIZED).companyName("ООО «Клиент " + n + "»")
                .region(REGION).website("https://client" + n + ".example").contactName("Клиент Генераторов").contactEmail(email)
                .contactPhone("+7 843 000-00-00").activities(Set.of(ApplicationRequest.ActivitiesEnum.RESALE,
                        ApplicationRequest.ActivitiesEnum.IMPLEMENTATION)).teamSize(6).description("Продажи и внедрение"), null);
        long applicationId = submitted.getId();
        assertThat(submitted.getState()).isEqualTo(ApplicationResponse.StateEnum.IN_REVIEW);
        complete(reviewer, partnerId, "user_review_application", applicationId, new CompletionRequest().decision("APPROVE"));
        assertThat(applications.applicationGet(applicationId).getState()).isEqualTo(ApplicationResponse.StateEnum.AGREEMENT);
        assertThat(applications.applicationUpload(applicationId, "AGREEMENT", null, pdf("agreement-signed.pdf")).getKind())
                .isEqualTo("AGREEMENT");
        complete(partner, partnerId, "user_upload_agreement", applicationId, new CompletionRequest());
        complete(reviewer, partnerId, "user_confirm_agreement", applicationId, new CompletionRequest().decision("APPROVE"));
        assertThat(applications.applicationGet(applicationId).getState()).isEqualTo(ApplicationResponse.StateEnum.BASIC_TRAINING);

        // The basic course: created by the administrator (idempotently), attended and passed by an employee.
        TrainingApi training = new TrainingApi(admin);
        String code = "GC" + n;
        CourseRequest course = new CourseRequest().code(code).title("Базовый курс " + code).kind(CourseRequest.KindEnum.BASIC)
                .price(new BigDecimal("12000")).durationDays(2);
        String key = UUID.randomUUID().toString();
        ApiResponse<CourseView> created = training.courseCreateCourseWithHttpInfo(course, key);
        ApiResponse<CourseView> replayed = training.courseCreateCourseWithHttpInfo(course, key);
        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(created.getHeaders()).containsKey("location");
        assertThat(replayed.getStatusCode()).as("the same key and body answers the first result again").isEqualTo(201);
        assertThat(replayed.getData().getId()).isEqualTo(created.getData().getId());
        assertThat(replayed.getHeaders()).containsKey("idempotent-replayed");
        LocalDate start = LocalDate.now(ZONE).plusDays(3);
        long sessionId = training.courseCreateSession(code, new SessionRequest().startDate(start).endDate(start.plusDays(1))
                .seats(10).trainerName("Тренер Directum").location("Онлайн"), null).getId();
        long enrollmentId = new TrainingApi(partner).enrollmentEnroll(new EnrollmentRequest().courseCode(code).sessionId(sessionId)
                .employeeName("Сотрудник Клиентов").employeeEmail("employee@" + n + ".example"), null).getId();
        complete(reviewer, partnerId, "user_confirm_enrollment", enrollmentId, new CompletionRequest().decision("APPROVE"));
        sessionBeginsToday(enrollmentId);
        complete(reviewer, partnerId, "user_record_training_result", enrollmentId, new CompletionRequest()
                .putAdditionalProperty("result", "PASSED").putAdditionalProperty("score", 90));

        PartnersAndBenefitsApi partners = new PartnersAndBenefitsApi(partner);
        PartnerResponse authorized = eventually(() -> Optional.of(partners.partnerGet(partnerId))
                .filter(p -> p.getStatus() == PartnerResponse.StatusEnum.AUTHORIZED));
        assertThat(authorized.getCertificateNumber()).startsWith("DRX-P-");
        assertThat(applications.applicationGet(applicationId).getState()).isEqualTo(ApplicationResponse.StateEnum.APPROVED);

        // A compensation claim: the region's budget, the request approved, the invoice attached, the claim sent.
        LocalDate today = LocalDate.now(ZONE);
        new MarketingCompensationApi(reviewer).compensationCreateBudget(new BudgetBody().region(REGION).year(today.getYear())
                .amount(new BigDecimal("1000000.00")), null);
        MarketingCompensationApi compensations = new MarketingCompensationApi(partner);
        long compensationId = compensations.compensationSubmit(new CompensationRequestBody().title("Семинар " + n)
                .kind(CompensationRequestBody.KindEnum.EVENT).region(REGION).plannedStart(today).plannedEnd(today)
                .plannedBudget(new BigDecimal("20000.00")).expectedAudience(40).expectedLeads(8)
                .description("Семинар для заказчиков региона"), UUID.randomUUID().toString()).getId();
        complete(reviewer, partnerId, "user_review_compensation", compensationId, new CompletionRequest().decision("APPROVE"));
        assertThat(compensations.compensationUpload(compensationId, "INVOICE", null, pdf("invoice.pdf")).getKind()).isEqualTo("INVOICE");
        CompensationResponse claimed = compensations.compensationClaim(compensationId, new ClaimBody()
                .actualExpenses(List.of(new ClaimExpense().description("Аренда зала").amount(new BigDecimal("10000.00")),
                        new ClaimExpense().description("Печать буклетов").amount(new BigDecimal("2500.00"))))
                .results("Пришли 40 человек, 8 лидов").actualAudience(40).actualLeads(8), null);
        assertThat(claimed.getState()).isEqualTo(CompensationResponse.StateEnum.CLAIM_REVIEW);
        // The claim's lines, with the ids the reviewer decides them by: the first accepted, the second reduced.
        List<CompensationLine> lines = claimed.getLines();
        assertThat(lines).extracting(CompensationLine::getLineNo, CompensationLine::getDescription)
                .containsExactly(tuple(1, "Аренда зала"), tuple(2, "Печать буклетов"));
        assertThat(lines).extracting(CompensationLine::getId).doesNotContainNull().allMatch(id -> id > 0).doesNotHaveDuplicates();
        complete(reviewer, partnerId, "user_verify_claim", compensationId, new CompletionRequest().decision("APPROVE")
                .putAdditionalProperty("line-" + lines.get(0).getId() + "-decision", "ACCEPT")
                .putAdditionalProperty("line-" + lines.get(1).getId() + "-decision", "REDUCE")
                .putAdditionalProperty("line-" + lines.get(1).getId() + "-amount", "2000.00")
                .putAdditionalProperty("line-" + lines.get(1).getId() + "-reason", "Тираж меньше заявленного"));
        List<CompensationLine> verified = compensations.compensationGet(compensationId).getLines();
        assertThat(verified).extracting(CompensationLine::getId, CompensationLine::getDecision)
                .containsExactly(tuple(lines.get(0).getId(), "ACCEPT"), tuple(lines.get(1).getId(), "REDUCE"));
        assertThat(verified.get(1).getAcceptedAmount()).isEqualByComparingTo("2000.00");

        // Other systems learnt of it: a signed webhook delivery, and the same events in the pull feed.
        String statusChanged = eventually(() -> received.values().stream()
                .filter(body -> body.contains("\"partner.status-changed\"") && body.contains("\"partnerId\":" + partnerId))
                .findFirst());
        assertThat(statusChanged).contains("\"to\":\"AUTHORIZED\"");
        assertThat(badSignatures).isEmpty();
        assertThat(new IntegrationApi(admin).integrationDeliveries(hook.getId(), 0, 50).getItems()).isNotEmpty();
        // The feed holds an event back a few seconds (IntegrationFeed.SETTLE), so that no reader skips one still committing.
        assertThat(eventually(() -> Optional.of(feedTypesOf(admin, partnerId))
                .filter(types -> types.containsAll(List.of("application.decided", "partner.status-changed"))))).isNotEmpty();
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    private ApiClient client(String username, String password) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(app.baseUri());
        client.setReadTimeout(Duration.ofSeconds(30));
        if (username != null) {
            String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
            client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
        }
        return client;
    }

    /** The caller's open task of that key on the subject, as the task list shows it. */
    private static Optional<TaskView> task(ApiClient who, long partnerId, String taskKey, long subjectId) throws ApiException {
        return new TasksApi(who).taskList(0, 100, null, taskKey, Long.toString(partnerId), null, null, null, null, null, null)
                .getItems().stream().filter(t -> t.getSubject().getId() == subjectId).findFirst();
    }

    private static void complete(ApiClient who, long partnerId, String taskKey, long subjectId, CompletionRequest form)
            throws Exception {
        TaskView task = eventually(() -> task(who, partnerId, taskKey, subjectId));
        new TasksApi(who).taskComplete(task.getId(), form);
    }

    private static List<String> feedTypesOf(ApiClient admin, long partnerId) throws ApiException {
        List<String> types = new ArrayList<>();
        String cursor = "0";
        while (true) {
            FeedResponse page = new IntegrationApi(admin).integrationFeed(cursor, 100);
            for (FeedEvent event : page.getEvents()) {
                if (event.getData().get("partnerId") instanceof Number id && id.longValue() == partnerId) {
                    types.add(event.getType());
                }
            }
            if (page.getEvents().isEmpty()) {
                return types;
            }
            cursor = page.getNext();
        }
    }

    /**
     * Training sessions are scheduled for a later day, and a result is recorded only once the session has begun: the
     * test moves the start to today instead of waiting (no API does, by design).
     */
    private static void sessionBeginsToday(long enrollmentId) throws Exception {
        try (Connection c = app.connect(); var update = c.prepareStatement("update course_session s set start_date = ? "
                + "from enrollment e where e.id = ? and e.session_id = s.id")) {
            update.setObject(1, LocalDate.now(ZONE));
            update.setLong(2, enrollmentId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static File pdf(String name) throws IOException {
        return Files.write(files.resolve(name), PDF).toFile();
    }

    /** Asks until the answer is there: jobs (the grant) and the webhook sender run after the request that caused them. */
    private static <T> T eventually(Callable<Optional<T>> ask) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Optional<T> answer = ask.call();
            if (answer.isPresent()) {
                return answer.get();
            }
            assertThat(System.nanoTime()).as("waited %s s", WAIT.toSeconds()).isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
    }
}

package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.ReviewerGroups;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.IntegrationTest;
import dev.partnerprogram.support.Scenario;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who sees and acts on which task in the inbox read model: groups, assignees, partners; delegation inside a group,
 * a manager's reassignment, comments for staff or for the partner, and filters checked before any query.
 */
class InboxAccessTest extends IntegrationTest {
    private static final String REVIEW = "user_review_application";

    @Autowired
    TaskService taskService;

    private ApiClient.As trainer;
    private ApiClient.As colleague;

    @BeforeEach
    void setUp() {
        trainer = staff("it-trainer", List.of(ReviewerGroups.TRAINING));
        colleague = staff("it-pm2", List.of(ReviewerGroups.PARTNER_MANAGERS));
    }

    @Test
    void reviewersSeeTheirGroupsTasks_partnersOnlyTheirCompanys() {
        Scenario.Partner partner = scenario.registerCompany("ru");
        long application = scenario.apply(partner);
        String taskId = Scenario.task(scenario.reviewer(), application, REVIEW).get("id").asText();

        JsonNode seen = scenario.reviewer().get("/api/tasks/" + taskId).getBody();
        assertThat(seen.get("partner").get("id").asLong()).isEqualTo(partner.partnerId());
        assertThat(seen.get("partner").get("region").asText()).isEqualTo("Казань");
        assertThat(ids(trainer, "")).doesNotContain(taskId);
        assertThat(trainer.get("/api/tasks/" + taskId).getStatusCode().value()).isEqualTo(404);
        assertThat(ids(partner.api(), "")).doesNotContain(taskId);
        assertThat(partner.api().get("/api/tasks/" + taskId).getStatusCode().value()).isEqualTo(404);

        // Search by tax id and by part of the company's name; a region filter that does not match leaves it out.
        String taxId = scenario.reviewer().get("/api/partners/" + partner.partnerId()).getBody().get("taxId").asText();
        assertThat(ids(scenario.reviewer(), "q=" + taxId)).containsExactly(taskId);
        String name = scenario.reviewer().get("/api/partners/" + partner.partnerId()).getBody().get("companyName").asText();
        assertThat(ids(scenario.reviewer(), "q=" + encode(name.substring(5, name.length() - 1)) + "&process=partner-application"))
                .contains(taskId);
        assertThat(ids(scenario.reviewer(), "q=" + taxId + "&region=" + encode("Тверь"))).isEmpty();
        assertThat(ids(scenario.reviewer(), "q=" + taxId + "&region=" + encode("Казань") + "&task=" + REVIEW)).containsExactly(taskId);
        assertThat(ids(scenario.reviewer(), "q=" + taxId + "&due=NONE")).isEmpty();

        // Approved: the next task is the partner's, offered to its company's group, and only that company sees it.
        Scenario.completeOk(scenario.reviewer(), application, REVIEW, Map.of("decision", "APPROVE"));
        String upload = Scenario.task(partner.api(), application, "user_upload_agreement").get("id").asText();
        assertThat(ids(scenario.reviewer(), "q=" + taxId)).isEmpty();
        assertThat(ids(partner.api(), "")).as("offered to its company's group").containsExactly(upload);
        Scenario.Partner stranger = scenario.registerCompany("ru");
        assertThat(ids(stranger.api(), "")).as("a company with no task of its own").isEmpty();
        assertThat(stranger.api().get("/api/tasks/" + upload).getStatusCode().value()).isEqualTo(404);
        assertThat(Scenario.complete(stranger.api(), upload, Map.of()).getStatusCode().value()).isEqualTo(404);
        assertThat(ids(scenario.reviewer(), "")).doesNotContain(taskId);
    }

    @Test
    void delegationStaysInTheGroup_aManagerReassignsAnyTask() {
        Scenario.Partner partner = scenario.registerCompany("ru");
        long application = scenario.apply(partner);
        String taskId = Scenario.task(scenario.reviewer(), application, REVIEW).get("id").asText();

        var outside = scenario.reviewer().post("/api/tasks/" + taskId + "/delegate", Map.of("assignee", "it-trainer"));
        assertThat(outside.getStatusCode().value()).isEqualTo(400);
        assertThat(outside.getBody().get("errors").get(0).get("field").asText()).isEqualTo("assignee");
        assertThat(scenario.reviewer().post("/api/tasks/" + taskId + "/delegate", Map.of("assignee", "nobody-" + taskId))
                .getStatusCode().value()).isEqualTo(400);
        assertThat(trainer.post("/api/tasks/" + taskId + "/delegate", Map.of("assignee", "it-pm2")).getStatusCode().value())
                .isEqualTo(404);
        assertThat(partner.api().post("/api/tasks/" + taskId + "/delegate", Map.of("assignee", "it-pm2")).getStatusCode().value())
                .isEqualTo(403);

        var delegated = scenario.reviewer().post("/api/tasks/" + taskId + "/delegate", Map.of("assignee", "it-pm2"));
        assertThat(delegated.getStatusCode().value()).isEqualTo(200);
        assertThat(delegated.getBody().get("assignee").asText()).isEqualTo("it-pm2");
        assertThat(ids(colleague, "assigned=ME")).contains(taskId);
        assertThat(ids(scenario.reviewer(), "assigned=OTHERS")).contains(taskId);
        assertThat(ids(scenario.reviewer(), "assigned=ME")).doesNotContain(taskId);
        // Once a colleague has it, taking it back is a manager's decision.
        assertThat(scenario.reviewer().post("/api/tasks/" + taskId + "/delegate", Map.of("assignee", "it-reviewer"))
                .getStatusCode().value()).isEqualTo(409);
        assertThat(scenario.reviewer().post("/api/tasks/" + taskId + "/assign", Map.of("assignee", "it-reviewer"))
                .getStatusCode().value()).isEqualTo(403);

        var reassigned = scenario.manager().post("/api/tasks/" + taskId + "/assign", Map.of("assignee", "it-reviewer"));
        assertThat(reassigned.getStatusCode().value()).isEqualTo(200);
        assertThat(reassigned.getBody().get("assignee").asText()).isEqualTo("it-reviewer");
        assertThat(scenario.manager().post("/api/tasks/" + taskId + "/assign", Map.of("assignee", "it-trainer"))
                .getStatusCode().value()).isEqualTo(400);
        assertThat(ids(scenario.reviewer(), "assigned=ME")).contains(taskId);
        assertThat(Scenario.complete(colleague, taskId, Map.of("decision", "APPROVE")).getStatusCode().value()).isEqualTo(409);
        assertThat(Scenario.complete(scenario.reviewer(), taskId, Map.of("decision", "APPROVE")).getStatusCode().value())
                .isEqualTo(200);
    }

    @Test
    void commentsForStaffStayWithStaff_thePartnerReadsItsOwn() {
        Scenario.Partner partner = scenario.registerCompany("ru");
        long application = scenario.apply(partner);
        String path = "/api/subjects/application/" + application + "/comments";

        assertThat(scenario.reviewer().post(path, Map.of("body", "Проверить выручку за квартал")).getStatusCode().value())
                .isEqualTo(201);
        assertThat(scenario.reviewer().post(path, Map.of("body", "Пришлите, пожалуйста, устав", "visibility", "PARTNER"))
                .getStatusCode().value()).isEqualTo(201);
        assertThat(partner.api().post(path, Map.of("body", "Устав приложен", "visibility", "STAFF")).getStatusCode().value())
                .isEqualTo(400);
        assertThat(partner.api().post(path, Map.of("body", "Устав приложен")).getStatusCode().value()).isEqualTo(201);
        assertThat(scenario.reviewer().post(path, Map.of("body", " ")).getStatusCode().value()).isEqualTo(400);

        assertThat(bodies(scenario.reviewer().get(path).getBody()))
                .containsExactly("Устав приложен", "Пришлите, пожалуйста, устав", "Проверить выручку за квартал");
        assertThat(bodies(partner.api().get(path).getBody())).containsExactly("Устав приложен", "Пришлите, пожалуйста, устав");

        Scenario.Partner stranger = scenario.registerCompany("ru");
        assertThat(stranger.api().get(path).getStatusCode().value()).isEqualTo(404);
        assertThat(stranger.api().post(path, Map.of("body", "?")).getStatusCode().value()).isEqualTo(404);
        assertThat(scenario.reviewer().get("/api/subjects/application/999999999/comments").getStatusCode().value()).isEqualTo(404);
        assertThat(scenario.reviewer().get("/api/subjects/nonsense/" + application + "/comments").getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void managersSeeOverdueTasksWithAgeAndAssignee() {
        Scenario.Partner partner = scenario.registerCompany("ru");
        long application = scenario.apply(partner);
        String taskId = Scenario.task(scenario.reviewer(), application, REVIEW).get("id").asText();
        String taxId = scenario.reviewer().get("/api/partners/" + partner.partnerId()).getBody().get("taxId").asText();
        assertThat(scenario.manager().get("/api/dashboard/tasks/overdue?q=" + taxId).getBody().get("total").asLong()).isZero();

        // The review was due three days ago: the engine's due date and the inbox's row say so.
        taskService.setDueDate(taskId, Date.from(clock.instant().minus(Duration.ofDays(3))));
        scenario.reviewer().post("/api/tasks/" + taskId + "/claim", null);

        JsonNode overdue = scenario.manager().get("/api/dashboard/tasks/overdue?q=" + taxId).getBody();
        assertThat(overdue.get("total").asLong()).isEqualTo(1);
        JsonNode task = overdue.get("items").get(0);
        assertThat(task.get("id").asText()).isEqualTo(taskId);
        assertThat(task.get("overdueDays").asLong()).isEqualTo(3);
        assertThat(task.get("ageDays").asLong()).isZero();
        assertThat(task.get("assignee").asText()).isEqualTo("it-reviewer");
        assertThat(task.get("partner").get("taxId").asText()).isEqualTo(taxId);
        assertThat(ids(scenario.reviewer(), "due=OVERDUE&q=" + taxId)).containsExactly(taskId);
        assertThat(scenario.reviewer().get("/api/dashboard/tasks/overdue").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void filtersAreCheckedBeforeAnyQuery() {
        var response = scenario.reviewer().get("/api/tasks?due=SOON&process=" + encode("x' or 1=1 --") + "&sort=RANDOM&partner=-3");
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.getBody().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("due", "process", "sort", "partner");
        assertThat(scenario.reviewer().get("/api/tasks?q=" + "x".repeat(101)).getStatusCode().value()).isEqualTo(400);
        assertThat(scenario.reviewer().get("/api/tasks?q=" + encode("100%_") + "&sort=OLDEST").getStatusCode().value())
                .isEqualTo(200);
    }

    private static List<String> ids(ApiClient.As who, String query) {
        JsonNode body = who.get("/api/tasks?size=100&" + query).getBody();
        assertThat(body.has("items")).as(String.valueOf(body)).isTrue();
        List<String> ids = new ArrayList<>();
        body.get("items").forEach(t -> ids.add(t.get("id").asText()));
        return ids;
    }

    private static List<String> bodies(JsonNode page) {
        List<String> result = new ArrayList<>();
        page.get("items").forEach(c -> result.add(c.get("body").asText()));
        return result;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private ApiClient.As staff(String username, List<String> groups) {
        if (!users.existsByUsername(username)) {
            users.save(new AppUser(username, username + "@vendor.example", passwordEncoder.encode(STAFF_PASSWORD), username, "ru",
                    Set.of(Role.REVIEWER), groups, null, clock.instant()));
        }
        return api.as(username, STAFF_PASSWORD);
    }
}

package dev.partnerprogram.web.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.BrowserTest;
import dev.partnerprogram.support.Scenario;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A reviewer works through five tasks of three processes on the workbench: opens each beside the list, claims it,
 * completes it with its form and goes on to the next, and never leaves the workbench's address while the subject of
 * each task moves on (its state, read from the database before and after).
 */
class WorkbenchJourneyBrowserTest extends BrowserTest {
    /** Tasks an approval alone completes, by their process. */
    private static final Map<String, String> PROCESS_OF = Map.of(
            "user_review_application", "partner-application",
            "user_confirm_enrollment", "training-enrollment",
            "user_review_compensation", "marketing-compensation");
    /** Where each subject's state is kept, by the start of its page's address. */
    private static final Map<String, String> STATE_TABLE = Map.of(
            "/applications/", "status_application",
            "/training/enrollments/", "enrollment",
            "/compensations/", "compensation");
    private static final int TASKS = 5;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TaskService camundaTasks;

    WorkbenchJourneyBrowserTest() {
        super(Duration.ofSeconds(30));
    }

    @Test
    void aReviewerWorksThroughFiveTasksOfThreeProcesses_withoutLeavingTheWorkbench() throws Exception {
        // Three applications of the journey's own making; the demo has an enrolment to confirm and, once its partner has
        // its status (asynchronously), an activity for marketing to review.
        ApiClient api = api();
        Scenario scenario = new Scenario(api, null);
        for (int i = 0; i < 3; i++) {
            long n = ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L);
            String email = "workbench" + n + "@workbench.example";
            var registered = api.anonymous().post("/api/registrations", Map.of("companyName", "ООО «Верстак " + n + "»",
                    "taxId", Long.toString(n), "region", "Тула", "contactName", "Вера Верстакова", "email", email,
                    "phone", "+7 487 000-00-00", "password", "workbench-" + n));
            assertThat(registered.getStatusCode().value()).as(String.valueOf(registered.getBody())).isEqualTo(201);
            scenario.apply(new Scenario.Partner(registered.getBody().get("partnerId").asLong(), email, "workbench-" + n,
                    api.as(email, "workbench-" + n)));
        }
        await().atMost(Duration.ofMinutes(2))
                .until(() -> camundaTasks.createTaskQuery().taskDefinitionKey("user_review_compensation").count() > 0);

        browser.manage().window().setSize(new Dimension(1366, 900));
        signIn("reviewer", "reviewer");
        open("/workbench");
        List<String> chosen = choose();

        // The first task opens beside the list; "next task" moves on without leaving the workbench.
        openRow(chosen.get(0));
        screenshot("workbench");
        String afterFirst = nextInList(chosen.get(0));
        click(By.id("next-task"));
        wait.until(ExpectedConditions.urlContains("open=" + afterFirst));
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/workbench");

        Set<String> processes = new LinkedHashSet<>();
        for (String taskId : chosen) {
            if (!browser.getCurrentUrl().contains("open=" + taskId)) {
                openRow(taskId);
            }
            processes.add(PROCESS_OF.get(row(taskId).getAttribute("data-task-key")));
            if (!browser.findElements(By.id("claim")).isEmpty()) {
                click(By.id("claim"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unclaim")));
            }
            assertThat(text(By.id("workbench-assignee"))).contains("reviewer");
            String subject = URI.create(browser.findElement(By.id("subject-page")).getAttribute("href")).getPath();
            String before = state(subject);

            click(By.cssSelector("#task-form input[name=decision][value=APPROVE]"));
            click(By.id("complete"));
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".workbench-row[data-task-id='" + taskId + "']"), 0));
            assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/workbench");
            assertThat(text(By.id("flash"))).contains("выполнена");
            assertThat(state(subject)).as("the state of " + subject + " after its task").isNotEqualTo(before);
        }
        assertThat(processes).hasSize(3);
    }

    /** Five of the list's tasks that an approval completes, at least one of each of the three processes. */
    private List<String> choose() {
        Map<String, List<String>> byProcess = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector(".workbench-row"))) {
            String process = PROCESS_OF.get(row.getAttribute("data-task-key"));
            if (process != null) {
                byProcess.computeIfAbsent(process, p -> new ArrayList<>()).add(row.getAttribute("data-task-id"));
            }
        }
        assertThat(byProcess.keySet()).as("processes with tasks to approve on the workbench").hasSize(3);
        List<String> chosen = new ArrayList<>();
        byProcess.values().forEach(ids -> chosen.add(ids.get(0)));
        byProcess.values().stream().flatMap(ids -> ids.stream().skip(1)).limit(TASKS - chosen.size()).forEach(chosen::add);
        assertThat(chosen).hasSize(TASKS);
        return chosen;
    }

    private void openRow(String taskId) {
        click(By.cssSelector(".workbench-row[data-task-id='" + taskId + "'] .task-link"));
        wait.until(ExpectedConditions.urlContains("open=" + taskId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#workbench-detail #task-form")));
        assertThat(URI.create(browser.getCurrentUrl()).getPath()).isEqualTo("/workbench");
    }

    private WebElement row(String taskId) {
        return browser.findElement(By.cssSelector(".workbench-row[data-task-id='" + taskId + "']"));
    }

    private String nextInList(String taskId) {
        List<String> ids = browser.findElements(By.cssSelector(".workbench-row")).stream()
                .map(r -> r.getAttribute("data-task-id")).toList();
        return ids.get((ids.indexOf(taskId) + 1) % ids.size());
    }

    private String state(String subjectPath) {
        String table = STATE_TABLE.entrySet().stream().filter(e -> subjectPath.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no state table for " + subjectPath));
        long id = Long.parseLong(subjectPath.substring(subjectPath.lastIndexOf('/') + 1));
        return jdbc.queryForObject("select state from " + table + " where id = ?", String.class, id);
    }
}

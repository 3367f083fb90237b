package dev.partnerprogram.web.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.Caller;
import dev.partnerprogram.support.ApiClient;
import dev.partnerprogram.support.BrowserTest;
import dev.partnerprogram.support.Scenario;
import dev.partnerprogram.workflow.training.TrainingWorkflow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An applicant follows the join's checklist on its home page from registration to Authorized: each step is marked done
 * as it is, and the step under way offers its link (apply, the agreement and its upload task, the basic course). The
 * program's steps are taken by its staff meanwhile: the reviewer's decisions over the API, the training staff's record
 * of a basic-course pass through the training facade (no page records one).
 */
class ApplicantChecklistBrowserTest extends BrowserTest {
    private static final List<String> STEPS = List.of("APPLY", "REVIEW", "AGREEMENT", "TRAINING", "STATUS");

    @Autowired
    TrainingWorkflow training;

    @Autowired
    AppUserRepository users;

    ApplicantChecklistBrowserTest() {
        super(Duration.ofSeconds(30));
    }

    @Test
    void anApplicantFollowsTheChecklistFromRegistrationToAuthorized() throws Exception {
        String taxId = "78" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        String email = "checklist-" + taxId + "@checklist.example";
        ApiClient.As reviewer = api().as("reviewer", "reviewer");

        open("/register?lang=ru");
        registerCompany("ООО «Чек-лист»", taxId, "Самара", "Шаг Шагов", email, "+7 846 000-00-00", "checklist-secret");
        signIn(email, "checklist-secret");

        // Registered: applying is the step under way, and its link is the way on.
        assertSteps("APPLY");
        click(By.id("guide-apply"));
        wait.until(ExpectedConditions.urlContains("/applications/new"));
        click(By.cssSelector("input[name=activities][value=RESALE]"));
        type("teamSize", "5");
        type("description", "Продажи Directum RX в Самарской области");
        click(By.id("application-submit"));
        wait.until(ExpectedConditions.urlMatches("/applications/\\d+$"));
        long applicationId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/applications/", ""));

        // The program reviews: nothing for the partner to follow, but by when the program will have decided.
        assertSteps("REVIEW");
        assertThat(text(By.cssSelector("#checklist [aria-current=step] .guide-due"))).matches(".*\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}.*");
        assertThat(browser.findElements(By.cssSelector("#checklist a"))).isEmpty();
        Scenario.completeOk(reviewer, applicationId, "user_review_application", Map.of("decision", "APPROVE"));

        // The agreement: the template to download and the task that takes the signed copy.
        assertSteps("AGREEMENT");
        assertThat(browser.findElement(By.id("guide-agreement")).getAttribute("href")).endsWith("/partner/agreement-template");
        screenshot("partner-checklist");
        click(By.id("guide-task"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("agreement-form")));
        Path signed = Files.createTempFile("signed-agreement", ".pdf");
        Files.write(signed, Scenario.PDF);
        browser.findElement(By.id("agreement-file")).sendKeys(signed.toString());
        browser.findElement(By.id("agreement-form")).submit();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#agreement a[href*='/documents/']")));
        click(By.id("complete"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/inbox/")));

        // The program checks the signed copy: the partner's link to the task is gone.
        assertSteps("AGREEMENT");
        assertThat(browser.findElements(By.id("guide-task"))).isEmpty();
        Scenario.completeOk(reviewer, applicationId, "user_confirm_agreement", Map.of("decision", "APPROVE"));

        // Basic training: the course is the way on; the training staff record the employee's pass.
        assertSteps("TRAINING");
        assertThat(browser.findElement(By.id("guide-course")).getAttribute("href")).contains("/training/courses?kind=BASIC");
        long partnerId = api().as(email, "checklist-secret").get("/api/me").getBody().get("partnerId").asLong();
        training.recordEarlierPass(Caller.of(users.findByUsername("reviewer").orElseThrow()), partnerId,
                "Шаг Шагов", email);

        // Every step done on the application's own page once the status is granted (the process's asynchronous step);
        // the home page's checklist then gives way to the company's status.
        Map<String, String> allDone = new LinkedHashMap<>();
        STEPS.forEach(step -> allDone.put(step, "DONE"));
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1))
                .until(() -> steps("/applications/" + applicationId).equals(allDone));
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            open("/home");
            return browser.findElements(By.id("checklist")).isEmpty();
        });
        assertThat(text(By.id("partner-status"))).isEqualTo("Авторизованный партнёр");
    }

    /** Reloads the home page: the steps before {@code current} done, {@code current} under way, the rest ahead. */
    private void assertSteps(String current) {
        Map<String, String> expected = new LinkedHashMap<>();
        boolean reached = false;
        for (String step : STEPS) {
            if (step.equals(current)) {
                expected.put(step, "CURRENT");
                reached = true;
            } else {
                expected.put(step, reached ? "AHEAD" : "DONE");
            }
        }
        assertThat(steps("/home")).as("the checklist").containsExactlyEntriesOf(expected);
        assertThat(browser.findElement(By.cssSelector("#checklist [aria-current=step]")).getAttribute("data-step")).isEqualTo(current);
    }

    /** The checklist's steps on a page, each with its progress, in the order shown. */
    private Map<String, String> steps(String path) {
        open(path);
        Map<String, String> shown = new LinkedHashMap<>();
        for (WebElement step : browser.findElements(By.cssSelector("#checklist [data-step]"))) {
            shown.put(step.getAttribute("data-step"), step.getAttribute("data-progress"));
        }
        return shown;
    }
}

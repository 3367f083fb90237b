package dev.partnerprogram.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.support.BrowserTest;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A visitor registers a company and applies; a reviewer tries to reject without a reason, then approves; the partner
 * sees that the signed agreement is expected. Runs the whole application on an in-memory database with the demo
 * users, and drives Debian's chromium through chromium-driver (only with {@code -Pbrowser}).
 */
class BrowserJourneyTest extends BrowserTest {

    BrowserJourneyTest() {
        super(Duration.ofSeconds(20));
    }

    @Test
    void registerApplyRejectWithoutReasonThenApprove() {
        String taxId = "77" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        String email = "journey-" + taxId + "@journey.example";

        // A visitor registers a company, in Russian.
        open("/?lang=ru");
        click(By.linkText("Зарегистрировать компанию"));
        registerCompany("ООО «Путь»", taxId, "Казань", "Павел Путников", email, "+7 843 000-00-00", "journey-secret");
        assertThat(text(By.id("flash"))).contains("Компания зарегистрирована");

        // It signs in and applies; the form starts from the registration.
        signIn(email, "journey-secret");
        click(By.id("apply"));
        assertThat(browser.findElement(By.name("companyName")).getAttribute("value")).isEqualTo("ООО «Путь»");
        click(By.cssSelector("input[name=activities][value=RESALE]"));
        click(By.cssSelector("input[name=activities][value=IMPLEMENTATION]"));
        type("teamSize", "8");
        type("description", "Внедрение Directum RX в Татарстане");
        click(By.id("application-submit"));
        wait.until(ExpectedConditions.urlMatches("/applications/\\d+$"));
        String applicationId = browser.getCurrentUrl().replaceAll(".*/applications/", "");
        assertThat(text(By.id("flash"))).contains("Заявка № " + applicationId + " подана");
        signOut();

        // The reviewer opens the task from the inbox; a rejection needs a reason.
        signIn("reviewer", "reviewer");
        wait.until(ExpectedConditions.urlContains("/inbox"));
        click(By.cssSelector("tr[data-subject='" + applicationId + "'] a.task-link"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-form")));
        assertThat(text(By.tagName("h1"))).isEqualTo("Рассмотреть заявку");
        click(By.cssSelector("input[name=decision][value=REJECT]"));
        click(By.id("complete"));
        assertThat(text(By.id("comment-error"))).isEqualTo("Для этого решения нужен комментарий.");
        assertThat(browser.findElement(By.cssSelector("input[name=decision][value=REJECT]")).isSelected()).isTrue();

        click(By.cssSelector("input[name=decision][value=APPROVE]"));
        click(By.id("complete"));
        wait.until(ExpectedConditions.urlMatches("/inbox$"));
        assertThat(text(By.id("flash"))).contains("выполнена");
        signOut();

        // The partner sees the next stage and its task.
        signIn(email, "journey-secret");
        wait.until(ExpectedConditions.urlContains("/home"));
        assertThat(text(By.id("home-applications"))).contains("Ожидается подписанное соглашение");
        assertThat(browser.getPageSource()).contains("Загрузить подписанное соглашение");
    }
}

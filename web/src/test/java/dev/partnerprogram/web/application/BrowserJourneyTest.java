package dev.partnerprogram.web.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A visitor registers a company and applies; a reviewer tries to reject without a reason, then approves; the partner
 * sees that the signed agreement is expected. Runs the whole application on an in-memory database with the demo
 * users, and drives Debian's chromium through chromium-driver (only with {@code -Pbrowser}).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
        "partner-program.demo.enabled=true"})
class BrowserJourneyTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1920,1080",
                "--user-data-dir=" + Files.createTempDirectory("browser-journey"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, WAIT);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void registerApplyRejectWithoutReasonThenApprove() {
        String taxId = "77" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        String email = "journey-" + taxId + "@journey.example";

        // A visitor registers a company, in Russian.
        open("/?lang=ru");
        click(By.linkText("Зарегистрировать компанию"));
        type("companyName", "ООО «Путь»");
        type("taxId", taxId);
        type("region", "Казань");
        type("contactName", "Павел Путников");
        type("email", email);
        type("phone", "+7 843 000-00-00");
        type("password", "journey-secret");
        click(By.id("register-submit"));
        wait.until(ExpectedConditions.urlContains("/login?registered"));
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

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void signIn(String username, String password) {
        open("/login");
        type("username", username);
        type("password", password);
        click(By.id("login-submit"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void signOut() {
        // The navbar may wrap on a narrow window; submitting the form signs out wherever its button ended up.
        browser.findElement(By.cssSelector("form[action='/logout']")).submit();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
    }

    private void type(String name, String value) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name(name)));
        field.clear();
        field.sendKeys(value);
    }

    /** Scrolled to the middle first, so that nothing at the window's edge covers the element. */
    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private String text(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText().trim();
    }
}

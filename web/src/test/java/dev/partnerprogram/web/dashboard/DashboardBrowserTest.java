package dev.partnerprogram.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
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
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager opens the program overview and a process's diagram: the charts and the heatmap are drawn (under the pages'
 * strict content security policy). A reviewer narrows the inbox to one partner, opens its task, completes it and comes
 * back to the same filter. Demo data on an in-memory database, Debian's chromium (only with {@code -Pbrowser}).
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
        "partner-program.demo.enabled=true"})
class DashboardBrowserTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

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
                "--user-data-dir=" + Files.createTempDirectory("dashboard-browser"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
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
    void managerSeesChartsAndHeatmap_reviewerFiltersCompletesAndComesBackToTheFilter() {
        signIn("manager", "manager");
        open("/manager/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart-for='processes'][data-rendered='true'] canvas")));
        assertThat(browser.findElements(By.cssSelector(".chart[data-rendered='true'] canvas")).size()).isGreaterThanOrEqualTo(4);
        assertThat(text(By.cssSelector("#report-processes h2"))).isEqualTo("Заявки и запросы по процессам");
        assertThat(browser.findElement(By.cssSelector("#report-budgets a.export-xlsx")).getAttribute("href"))
                .contains("/manager/reports/budgets.xlsx?from=");

        click(By.cssSelector("a.process-link[href$='/manager/processes/partner-application']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram[data-rendered='true']")));
        assertThat(browser.findElements(By.cssSelector("#diagram .djs-element.djs-shape")).size()).isGreaterThan(5);
        assertThat(browser.findElements(By.cssSelector("#diagram .diagram-tokens"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#diagram .has-tokens"))).isNotEmpty();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart-for='task-times'][data-rendered='true'] canvas")));
        browser.get(browser.findElement(By.cssSelector("a.instance-link")).getAttribute("href"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#diagram[data-rendered='true']")));
        assertThat(browser.findElements(By.cssSelector("#diagram .path-done, #diagram .path-current"))).isNotEmpty();
        assertThat(cspViolations()).isEmpty();
        signOut();

        signIn("reviewer", "reviewer");
        open("/inbox");
        type("q", "Бета");
        click(By.id("inbox-filter-apply"));
        wait.until(ExpectedConditions.urlContains("q="));
        List<WebElement> rows = browser.findElements(By.cssSelector("#tasks tbody tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("Бета Интеграция", "Санкт-Петербург");
        click(By.cssSelector("#tasks a.task-link"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-form")));
        click(By.cssSelector("input[name=decision][value=APPROVE]"));
        click(By.id("complete"));

        wait.until(ExpectedConditions.urlContains("/inbox?"));
        assertThat(browser.getCurrentUrl()).contains("q=");
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("Бета");
        assertThat(text(By.id("flash"))).contains("выполнена");
        assertThat(text(By.id("inbox-empty"))).isEqualTo("Открытых задач нет.");

        click(By.id("inbox-reset"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tasks tbody tr")));
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEmpty();
    }

    /** What the browser refused under the content security policy: inline scripts or styles would show up here. */
    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void signIn(String username, String password) {
        open("/login?lang=ru");
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

    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private String text(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText().trim();
    }
}

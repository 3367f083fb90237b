package dev.partnerprogram.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on an in-memory database with the demo users, driven through Debian's chromium and
 * chromium-driver (only with {@code -Pbrowser}): a fresh headless browser for each test, and the steps a user takes.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser;DB_CLOSE_DELAY=-1",
        "partner-program.demo.enabled=true"})
public abstract class BrowserTest {

    @LocalServerPort
    int port;

    private final Duration patience;

    protected WebDriver browser;
    protected WebDriverWait wait;

    /** @param patience how long a step may wait for the page: the charts and diagrams take longer than forms */
    protected BrowserTest(Duration patience) {
        this.patience = patience;
    }

    @BeforeEach
    void openBrowser() throws IOException {
        browser = headlessChromium("1920,1080", getClass().getSimpleName());
        wait = new WebDriverWait(browser, patience);
    }

    /**
     * Debian's chromium, headless, in a window of {@code windowSize} ("width,height") with a fresh profile named after
     * {@code profile}, and its console kept so that a test can read what the content security policy refused.
     */
    public static ChromeDriver headlessChromium(String windowSize, String profile) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=" + windowSize,
                "--user-data-dir=" + Files.createTempDirectory(profile));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** The application's HTTP API, for the steps of other users that a journey does not show in its browser. */
    protected ApiClient api() {
        return new ApiClient(port);
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Signs in on the Russian sign-in page, the language the tests read the pages in. */
    protected void signIn(String username, String password) {
        open("/login?lang=ru");
        type("username", username);
        type("password", password);
        click(By.id("login-submit"));
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Fills in the registration page that is open and sends it; the sign-in page then says the company is registered. */
    protected void registerCompany(String companyName, String taxId, String region, String contactName, String email,
                                   String phone, String password) {
        type("companyName", companyName);
        type("taxId", taxId);
        choose("region", region);
        type("contactName", contactName);
        type("email", email);
        type("phone", phone);
        type("password", password);
        click(By.id("register-submit"));
        wait.until(ExpectedConditions.urlContains("/login?registered"));
    }

    protected void signOut() {
        // The navbar may wrap on a narrow window; submitting the form signs out wherever its button ended up.
        browser.findElement(By.cssSelector("form[action='/logout']")).submit();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
    }

    protected void type(String name, String value) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name(name)));
        field.clear();
        field.sendKeys(value);
    }

    /** Chooses an option of a list by the text it shows. */
    protected void choose(String name, String visibleText) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.name(name)));
        new org.openqa.selenium.support.ui.Select(field).selectByVisibleText(visibleText);
    }

    /** Scrolled to the middle first, so that nothing at the window's edge covers the element. */
    protected void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /**
     * The window as a PNG for the README, written to {@code <dir>/<name>.png} only when the build is asked for them
     * ({@code -Dscreenshots=docs/screenshots}, relative to the repository), so that an ordinary run rewrites no file.
     */
    protected void screenshot(String name) throws IOException {
        String dir = System.getProperty("screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        // As a reader first sees the page: clicks scroll the window, and the boxes around what they clicked, to it.
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0); document.activeElement.blur();"
                + " document.querySelectorAll('body *').forEach(function (e) { if (e.scrollLeft) { e.scrollLeft = 0; } });");
        Path target = repositoryRoot().resolve(dir).resolve(name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** Maven runs the tests in the module's directory; the repository is where docs/ is. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("docs")) && Files.exists(d.resolve("mvnw"))) {
                return d;
            }
        }
        return dir;
    }

    protected String text(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator)).getText().trim();
    }
}

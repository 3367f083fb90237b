package dev.partnerprogram.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.partnerprogram.support.BrowserTest;
import dev.partnerprogram.support.Csv;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A manager opens the program overview and a process's diagram: the charts and the heatmap are drawn (under the pages'
 * strict content security policy). A reviewer narrows the inbox to one partner, opens its task, completes it and comes
 * back to the same filter. Demo data on an in-memory database, Debian's chromium (only with {@code -Pbrowser}).
 */
class DashboardBrowserTest extends BrowserTest {

    DashboardBrowserTest() {
        super(Duration.ofSeconds(30));
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
        open("/manager/dashboard");
        click(By.id("sales-dashboard-link"));
        // Every kind of partner request has its row, so this chart is drawn whatever the demo data's dates.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart-for='request-sla'][data-rendered='true'] canvas")));
        assertThat(text(By.cssSelector("#report-deal-pipeline h2"))).isEqualTo("Воронка сделок по месяцам и регионам");
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

    /**
     * The manager reads the overview in Russian and in English: the budgets' amounts grouped and with the decimal
     * separator of the page's language, and their CSV as Excel of that language splits it (';' and decimal commas in
     * Russian, ',' and points in English), each value the one the table shows.
     */
    @Test
    void aManagerReadsTheDashboardInBothLanguages_andTheCsvSplitsAsExcelOfThatLanguageExpects() throws Exception {
        Map<String, String> titles = Map.of("ru", "Обзор программы", "en", "Program overview");
        Map<String, String> amounts = Map.of("ru", "\\d{1,3}( \\d{3})*,\\d{2}", "en", "\\d{1,3}(,\\d{3})*\\.\\d{2}");
        Map<String, Character> separators = Map.of("ru", ';', "en", ',');
        signIn("manager", "manager");
        for (String language : List.of("ru", "en")) {
            // The budgets come with the marketing demo data, made once the demo partner has its status.
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2)).until(() -> {
                open("/manager/dashboard?lang=" + language);
                return !browser.findElements(By.cssSelector("table[data-report=budgets] tbody tr")).isEmpty();
            });
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-chart-for='budgets'][data-rendered='true'] canvas")));
            assertThat(text(By.tagName("h1"))).isEqualTo(titles.get(language));
            if ("en".equals(language)) {
                screenshot("dashboard");
            }
            List<WebElement> cells = browser.findElements(By.cssSelector("table[data-report=budgets] tbody tr:first-child td"));
            List<List<String>> csv = Csv.parse(download(browser.findElement(By.cssSelector("#report-budgets a.export-csv"))
                    .getAttribute("href")), separators.get(language));
            assertThat(csv.get(0)).as("the CSV's header in " + language).containsExactlyElementsOf(
                    browser.findElements(By.cssSelector("table[data-report=budgets] thead th")).stream().map(WebElement::getText).toList());
            List<String> firstRow = csv.get(1);
            assertThat(firstRow).hasSameSizeAs(cells);
            int amountsSeen = 0;
            for (int i = 0; i < cells.size(); i++) {
                String raw = cells.get(i).getAttribute("data-value");
                if (raw.matches("-?\\d+")) {
                    assertThat(firstRow.get(i)).isEqualTo(raw);
                    continue;
                }
                if (!raw.matches("-?\\d+\\.\\d+")) {
                    assertThat(firstRow.get(i)).isEqualTo(cells.get(i).getText());
                    continue;
                }
                amountsSeen++;
                assertThat(cells.get(i).getText().replace('\u00a0', ' ').replace('\u202f', ' ')).as("an amount in " + language)
                        .matches(amounts.get(language));
                char decimal = "ru".equals(language) ? ',' : '.';
                assertThat(firstRow.get(i)).as("the CSV's amount in " + language).matches("-?\\d+\\" + decimal + "\\d+");
                assertThat(new BigDecimal(firstRow.get(i).replace(',', '.'))).isEqualByComparingTo(new BigDecimal(raw));
            }
            assertThat(amountsSeen).as("amounts in the budgets' first row").isPositive();
        }
        assertThat(cspViolations()).isEmpty();
    }

    /** A download as the signed-in browser gets it (its cookies, its language), read through fetch. */
    private byte[] download(String url) {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        String base64 = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(function (r) { return r.arrayBuffer(); }).then(function (b) {"
                + " var bytes = new Uint8Array(b), s = ''; for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }"
                + " done(btoa(s)); }).catch(function (e) { done('failed: ' + e); });", url);
        assertThat(base64).doesNotStartWith("failed");
        return Base64.getDecoder().decode(base64);
    }

    /** What the browser refused under the content security policy: inline scripts or styles would show up here. */
    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }
}

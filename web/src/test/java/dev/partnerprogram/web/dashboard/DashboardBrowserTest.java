package dev.partnerprogram.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.support.BrowserTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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

    /** What the browser refused under the content security policy: inline scripts or styles would show up here. */
    private List<String> cspViolations() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy")).toList();
    }
}

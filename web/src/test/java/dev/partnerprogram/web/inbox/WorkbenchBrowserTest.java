package dev.partnerprogram.web.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.partnerprogram.support.BrowserTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The workbench and the navigation bar in a real browser, at the 1366 px of a common office screen. */
class WorkbenchBrowserTest extends BrowserTest {
    WorkbenchBrowserTest() {
        super(Duration.ofSeconds(30));
    }

    @Test
    void theNavigationBarIsOneRowForEveryRole_andTheDashboardOneClickAwayForManagers() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        String[][] users = {{"partner", "partner"}, {"beta@beta.example", "beta-demo-1"}, {"reviewer", "reviewer"},
                {"manager", "manager"}, {"admin", "admin"}};
        for (String[] user : users) {
            signIn(user[0], user[1]);
            for (String language : List.of("ru", "en")) {
                open("/directory?lang=" + language);
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mainNav")));
                // One row: every item's box overlaps every other's vertically (items of one row differ in height).
                Boolean oneRow = (Boolean) ((JavascriptExecutor) browser).executeScript(
                        "var r = Array.from(document.querySelectorAll('#mainNav > ul > li')).map(function (li) {"
                        + " return li.getBoundingClientRect(); }).filter(function (b) { return b.width > 0; });"
                        + "return Math.max.apply(null, r.map(function (b) { return b.top; }))"
                        + " < Math.min.apply(null, r.map(function (b) { return b.bottom; }));");
                Object height = ((JavascriptExecutor) browser).executeScript(
                        "return document.querySelector('nav.navbar').getBoundingClientRect().height + ' px at '"
                        + " + window.innerWidth + ' px: ' + Array.from(document.querySelectorAll('#mainNav > ul > li, .navbar-brand'))"
                        + ".map(function (e) { return Math.round(e.getBoundingClientRect().width); }).join(' ');");
                assertThat(oneRow).as("the navbar in one row for %s in %s (%s)", user[0], language, height).isTrue();
                if ("manager".equals(user[0])) {
                    assertThat(browser.findElement(By.id("nav-dashboard")).isDisplayed()).isTrue();
                }
            }
            signOut();
        }
    }

    @Test
    void aTaskOpensBesideTheList_andTheKeysMoveThroughIt() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        signIn("manager", "manager");
        open("/workbench");
        List<WebElement> links = wait.until(ExpectedConditions.presenceOfAllElementsLocatedBy(By.cssSelector(".workbench-row .task-link")));
        assertThat(links).isNotEmpty();
        String first = links.get(0).getAttribute("href");
        // Marked so that a full reload would be noticed: the list must stay while the task opens beside it.
        ((JavascriptExecutor) browser).executeScript("document.getElementById('workbench-list').dataset.kept = 'yes';");

        click(By.cssSelector(".workbench-row .task-link"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#workbench-detail #task-form")));
        assertThat(browser.getCurrentUrl()).isEqualTo(first);
        assertThat(browser.findElement(By.id("workbench-list")).getAttribute("data-kept")).isEqualTo("yes");
        assertThat(browser.findElement(By.cssSelector(".workbench-row.open")).getAttribute("data-task-id"))
                .isEqualTo(first.substring(first.indexOf("open=") + 5));

        // j moves to the next row, o opens it, still without leaving the page.
        browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        ((JavascriptExecutor) browser).executeScript("document.activeElement.blur();");
        browser.findElement(By.tagName("body")).sendKeys("jo");
        if (links.size() > 1) {
            wait.until(ExpectedConditions.urlToBe(links.get(1).getAttribute("href")));
            assertThat(browser.findElement(By.id("workbench-list")).getAttribute("data-kept")).isEqualTo("yes");
        }
        assertThat(browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll())
                .noneMatch(entry -> entry.getMessage().contains("Content Security Policy"));
    }
}

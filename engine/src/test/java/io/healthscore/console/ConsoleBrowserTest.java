package io.healthscore.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.ChromiumDriver;
import io.healthscore.testhelper.ChromiumDriverTest;
import io.healthscore.testhelper.RunningService;
import io.healthscore.users.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import io.healthscore.testhelper.Repo;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A CSM's round in a real browser: sign in, filter the list to At Risk, open a company, pin its band with a
 * description, and find it in the activity feed and in the list. Saves a screenshot of the company page (its
 * latest month, set by hand, with the "i" open) to engine/target/console-company.png; docs/console-company.png is a
 * copy of it.
 */
@ChromiumDriverTest
class ConsoleBrowserTest {
    static final Path SCREENSHOT = Repo.root().resolve("engine/target/console-company.png");

    @TempDir
    Path folder;
    RunningService service;
    WebDriver browser;

    @BeforeEach
    void start() {
        browser = ChromiumDriver.start(folder, 1280, 2600);
        service = ConsoleService.start(folder);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    void should_let_a_csm_pin_an_at_risk_companys_band_and_see_it_in_the_feed_and_the_list() throws IOException {
        browser.get(service.url() + "/companies");
        assertThat(browser.getCurrentUrl()).contains("/sign-in?expired=false&next=%2Fcompanies");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to content");
        browser.findElement(By.id("token")).sendKeys(service.token(Role.CSM));
        clickAndLoad(By.cssSelector("form[action='/sign-in'] button[type=submit]"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Companies");

        new Select(browser.findElement(By.id("month"))).selectByValue("2026-10");
        new Select(browser.findElement(By.id("band"))).selectByVisibleText("At Risk");
        clickAndLoad(By.cssSelector("form.filters button[type=submit]"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#companies tbody tr"));
        assertThat(rows).hasSize(5).allMatch(row -> "AT_RISK".equals(row.getAttribute("data-band")));
        WebElement chosen = rows.stream().max(Comparator.comparingInt(ConsoleBrowserTest::score)).orElseThrow();
        String company = chosen.getAttribute("data-company");
        WebElement listPage = browser.findElement(By.tagName("html"));
        chosen.findElement(By.cssSelector("td a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(listPage));

        assertThat(browser.findElement(By.cssSelector("#health .chip")).getAttribute("data-band")).isEqualTo("AT_RISK");
        new Select(browser.findElement(By.id("band-select"))).selectByVisibleText("Steady");
        browser.findElement(By.id("status-note")).sendKeys("Exec sponsor re-engaged; renewal call booked");
        browser.findElement(By.cssSelector("#set-status button[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> !page.findElements(By.id("saved")).isEmpty());
        WebElement latest = browser.findElements(By.cssSelector("#feed li")).get(0);
        assertThat(latest.getText()).contains("csm", "override", "Exec sponsor re-engaged; renewal call booked");
        assertThat(browser.findElement(By.cssSelector("#health .chip")).getAttribute("data-band")).isEqualTo("STEADY");
        browser.findElement(By.cssSelector("#why summary")).click();
        assertThat(browser.findElement(By.id("why-note")).getText()).isEqualTo("Exec sponsor re-engaged; renewal call booked");
        browser.navigate().to(service.url() + "/companies/" + company + "?month=2026-10");
        browser.findElement(By.cssSelector("#why summary")).click();
        assertThat(browser.findElement(By.id("weeks")).isDisplayed()).isTrue();
        saveScreenshot();

        clickAndLoad(By.cssSelector("nav a[href='/companies']"));
        browser.findElement(By.id("q")).sendKeys(company);
        clickAndLoad(By.cssSelector("form.filters button[type=submit]"));
        WebElement row = browser.findElement(By.cssSelector("#companies tbody tr[data-company='" + company + "']"));
        assertThat(row.getAttribute("data-band")).isEqualTo("STEADY");
        assertThat(row.getText()).contains("Steady", "set by hand");
    }

    @Test
    void should_fit_every_page_in_the_width_of_a_tablet() {
        browser.manage().window().setSize(new Dimension(820, 1180));
        browser.get(service.url() + "/sign-in");
        browser.findElement(By.id("token")).sendKeys(service.token(Role.VIEWER));
        clickAndLoad(By.cssSelector("form[action='/sign-in'] button[type=submit]"));

        for (String path : List.of("/?month=2026-10", "/companies?month=2026-10", "/companies/acme?month=2026-10",
                "/updates", "/runs")) {
            browser.get(service.url() + path);
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s", path).isLessThanOrEqualTo(0);
        }
    }

    /**
     * Clicks what navigates and waits for the next page to be loaded: until the old page is gone, elements found are
     * its own, and until the new one is complete, an element found may still be replaced.
     */
    private void clickAndLoad(By target) {
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(target).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private static int score(WebElement row) {
        String score = row.findElement(By.cssSelector("td:nth-child(3)")).getText();
        return score.equals("-") ? -1 : Integer.parseInt(score);
    }

    private void saveScreenshot() throws IOException {
        Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(png, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(SCREENSHOT)).isPositive();
    }
}

package io.healthscore.testhelper;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Selenium WebDriver on headless Chromium for tests that click through pages: the browser as {@link Chromium}
 * finds it, the driver at {@code $HEALTHSCORE_CHROMEDRIVER}, else /usr/bin/chromedriver, else chromedriver on
 * the PATH (Debian package chromium-driver). Each driver has a fresh profile folder and a fixed window size.
 */
public final class ChromiumDriver {
    public static final String DRIVER_VARIABLE = "HEALTHSCORE_CHROMEDRIVER";

    private ChromiumDriver() {
    }

    public static Optional<Path> findDriver() {
        String configured = System.getenv(DRIVER_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        Path debian = Path.of("/usr/bin/chromedriver");
        if (Files.isExecutable(debian)) {
            return Optional.of(debian);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator)).filter(folder -> !folder.isBlank())
                .map(folder -> Path.of(folder, "chromedriver")).filter(Files::isExecutable).findFirst();
    }

    /** Where {@link #findDriver()} looks, for messages. */
    public static String searched() {
        String configured = System.getenv(DRIVER_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return "$" + DRIVER_VARIABLE + " = " + configured + ", which is not an executable file";
        }
        return "$" + DRIVER_VARIABLE + " (not set), /usr/bin/chromedriver, then chromedriver on the PATH";
    }

    /** A WebDriver on a new headless browser of {@code width} x {@code height}, or a failed test saying what to install. */
    public static WebDriver start(Path profileParent, int width, int height) {
        Path browser = Chromium.find().orElseThrow(() -> new AssertionError("headless Chromium not found (looked at "
                + Chromium.searched() + "); install the Debian package chromium"));
        Path driver = findDriver().orElseThrow(() -> new AssertionError("chromedriver not found (looked at "
                + searched() + "); install the Debian package chromium-driver (apt-get install chromium-driver)"));
        Path profile;
        try {
            profile = Files.createTempDirectory(profileParent, "chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException("creating a Chromium profile folder in " + profileParent, e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--force-device-scale-factor=1", "--hide-scrollbars", "--window-size=" + width + "," + height,
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
                .usingAnyFreePort().withTimeout(Duration.ofSeconds(60)).build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return chrome;
    }
}

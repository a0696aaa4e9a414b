package io.healthscore.testhelper;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test that drives headless Chromium through Selenium WebDriver. It runs when Chromium is required
 * (HEALTHSCORE_TEST_CHROMIUM=required, as in CI: then a missing browser or chromedriver fails the test) or both
 * are installed; otherwise it is disabled with the reason.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("chromium")
@ExtendWith(ChromiumDriverCondition.class)
public @interface ChromiumDriverTest {
}

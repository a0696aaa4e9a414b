package io.healthscore.testhelper;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class (or method) that renders a page in headless Chromium. It runs when Chromium is required
 * (HEALTHSCORE_TEST_CHROMIUM=required, as in CI: then a missing browser fails the test) or installed; otherwise
 * it is disabled with the reason.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("chromium")
@ExtendWith(ChromiumCondition.class)
public @interface ChromiumTest {
}

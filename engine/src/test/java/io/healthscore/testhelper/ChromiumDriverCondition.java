package io.healthscore.testhelper;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables WebDriver tests when Chromium is required or both the browser and chromedriver are installed; never
 * hides a required browser or driver that is missing: the test then runs and fails saying what to install.
 */
public final class ChromiumDriverCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.required()) {
            return ConditionEvaluationResult.enabled("Chromium is required (" + Chromium.REQUIRED_VARIABLE + "=required)");
        }
        if (Chromium.find().isEmpty()) {
            return ConditionEvaluationResult.disabled("headless Chromium not found (looked at " + Chromium.searched()
                    + "); set " + Chromium.REQUIRED_VARIABLE + "=required to make that a failure");
        }
        return ChromiumDriver.findDriver()
                .map(driver -> ConditionEvaluationResult.enabled("chromedriver found at " + driver))
                .orElseGet(() -> ConditionEvaluationResult.disabled("chromedriver not found (looked at "
                        + ChromiumDriver.searched() + "); set " + Chromium.REQUIRED_VARIABLE
                        + "=required to make that a failure"));
    }
}

package io.healthscore.testhelper;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables headless-Chromium tests when required or installed; never hides a required browser that is missing. */
public final class ChromiumCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.required()) {
            return ConditionEvaluationResult.enabled("Chromium is required (" + Chromium.REQUIRED_VARIABLE + "=required)");
        }
        return Chromium.find()
                .map(binary -> ConditionEvaluationResult.enabled("Chromium found at " + binary))
                .orElseGet(() -> ConditionEvaluationResult.disabled("headless Chromium not found (looked at "
                        + Chromium.searched() + "); set " + Chromium.REQUIRED_VARIABLE
                        + "=required to make that a failure"));
    }
}

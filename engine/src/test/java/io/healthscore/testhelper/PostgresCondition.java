package io.healthscore.testhelper;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables PostgreSQL tests when required or reachable; never hides a required server that is down. */
public final class PostgresCondition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Postgres.required()) {
            return ConditionEvaluationResult.enabled("PostgreSQL is required (HEALTHSCORE_TEST_POSTGRES=required)");
        }
        if (Postgres.reachable()) {
            return ConditionEvaluationResult.enabled("PostgreSQL reachable at " + Postgres.adminUrl());
        }
        return ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + Postgres.adminUrl()
                + "; set HEALTHSCORE_TEST_POSTGRES=required to make that a failure");
    }
}

package io.healthscore.company;

import io.healthscore.HealthscoreException;

/** The company is marked churned: it is not scored and its band cannot be set until it is reinstated. */
public final class ChurnedCompanyException extends HealthscoreException {
    /** {@code action} says what was refused, e.g. "score it". */
    public ChurnedCompanyException(CompanyId id, Churn churn, String action) {
        super("company " + id + " is churned (shown as churned from " + churn.month() + ", marked " + churn.at()
                + "); to " + action + ", reinstate it first: healthscore churn " + id + " --undo --note TEXT");
    }
}

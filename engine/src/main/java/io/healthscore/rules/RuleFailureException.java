package io.healthscore.rules;

import io.healthscore.HealthscoreException;

/** The rules compiled but misbehaved while scoring (a consequence threw, or no band was assigned). */
public class RuleFailureException extends HealthscoreException {
    public RuleFailureException(String message) {
        super(message);
    }

    public RuleFailureException(String message, Throwable cause) {
        super(message, cause);
    }
}

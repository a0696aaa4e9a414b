package io.healthscore.automation;

import io.healthscore.HealthscoreException;

/** A trigger that cannot be replayed: the outbox has no such trigger, or it is still pending. */
public final class ReplayRefusedException extends HealthscoreException {
    public ReplayRefusedException(String message) {
        super(message);
    }
}

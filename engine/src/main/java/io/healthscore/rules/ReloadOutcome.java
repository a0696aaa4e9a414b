package io.healthscore.rules;

import java.util.List;
import java.util.Objects;

/**
 * What one {@link RulesWatcher#reload()} did: the hash active afterwards, the compile errors of a rejected edit,
 * and the line it logged.
 */
public record ReloadOutcome(Status status, String activeHash, List<RuleError> errors, String message) {

    public enum Status {
        /** The folder compiled to a new hash, which is now active. */
        RELOADED,
        /** The folder holds the rules already active. */
        UNCHANGED,
        /** The folder does not compile or cannot be read; the active rules stayed. */
        REJECTED
    }

    public ReloadOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(activeHash, "activeHash");
        errors = List.copyOf(errors);
        Objects.requireNonNull(message, "message");
    }
}

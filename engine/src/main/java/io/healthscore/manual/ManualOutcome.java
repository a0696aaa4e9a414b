package io.healthscore.manual;

import java.util.Objects;

/**
 * What a manual change did: its activity (with the triggers it emitted), the override it set or ended (null for a
 * churn) and how many pending triggers a churn switched off.
 */
public record ManualOutcome(Activity activity, BandOverride override, int silenced) {
    public ManualOutcome {
        Objects.requireNonNull(activity, "activity");
    }
}

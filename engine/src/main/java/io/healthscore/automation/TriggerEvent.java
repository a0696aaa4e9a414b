package io.healthscore.automation;

import io.healthscore.assessment.Drivers;
import io.healthscore.company.Company;
import io.healthscore.trigger.EmittedTrigger;
import java.util.Objects;

/**
 * One trigger as a channel delivers it: the stored trigger, what the companies file says about its company, the
 * drivers of the assessment that emitted it, which attempt this is (1 for the first) and whether an operator
 * asked to send it again ({@code triggers replay}).
 */
public record TriggerEvent(EmittedTrigger trigger, Company company, Drivers drivers, int attempt, boolean replay) {
    public TriggerEvent {
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(drivers, "drivers");
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt must be 1 or more, was " + attempt);
        }
    }

    /** Stable across attempts, re-runs and replays (company/month/trigger), so receivers can de-duplicate. */
    public String id() {
        return trigger.id();
    }

    public String name() {
        return trigger.name();
    }
}

package io.healthscore.store;

import io.healthscore.assessment.Assessment;
import io.healthscore.trigger.DeliveryStatus;
import java.time.Instant;
import java.util.List;

/**
 * An assessment as stored, with when it was stored and the triggers stored for its company and month (emitted by
 * this scoring or an earlier one of the same month: a trigger is emitted at most once).
 */
public record StoredAssessment(Assessment assessment, Instant assessedAt, List<StoredTrigger> triggers) {
    public StoredAssessment {
        triggers = List.copyOf(triggers);
    }

    /** A trigger as stored: when it was emitted, with which rules, and when it was delivered (null: pending). */
    public record StoredTrigger(String name, String rulesHash, Instant emittedAt, Instant deliveredAt,
            DeliveryStatus status, String channel, String lastError) {
    }
}

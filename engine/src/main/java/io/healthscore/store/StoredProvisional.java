package io.healthscore.store;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.ProvisionalWeeks;
import java.time.Instant;
import java.util.List;

/**
 * A provisional month-to-date score as stored: the month scored on some of its weeks before it was over, when, and
 * the triggers this scoring emitted (those of {@code @early} rules, stored in the month's triggers).
 */
public record StoredProvisional(Assessment assessment, ProvisionalWeeks weeks, Instant assessedAt, List<StoredAssessment.StoredTrigger> triggers) {
    public StoredProvisional {
        triggers = List.copyOf(triggers);
    }

    /** As an assessment is read back, with the triggers this scoring emitted: what explain shows. */
    public StoredAssessment asStored() {
        return new StoredAssessment(assessment, assessedAt, triggers);
    }

    public List<String> triggerNames() {
        return triggers.stream().map(StoredAssessment.StoredTrigger::name).toList();
    }
}

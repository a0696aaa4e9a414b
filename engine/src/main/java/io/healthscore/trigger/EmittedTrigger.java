package io.healthscore.trigger;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyId;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * A stored trigger with the assessment facts a sink needs to act on it; {@code manual} names the manual change of
 * band (an override or its clearing) that emitted it, null when a scoring did.
 */
public record EmittedTrigger(CompanyId company, YearMonth month, String name, Band band, Band previousBand,
        Integer score, Integer previousScore, String rulesHash, Instant emittedAt, Manual manual) {

    /** A trigger a scoring emitted. */
    public EmittedTrigger(CompanyId company, YearMonth month, String name, Band band, Band previousBand, Integer score,
            Integer previousScore, String rulesHash, Instant emittedAt) {
        this(company, month, name, band, previousBand, score, previousScore, rulesHash, emittedAt, null);
    }

    /** The manual change that emitted a trigger: its source (override, clear), who made it and why. */
    public record Manual(String source, String author, String note) {
    }

    /** The triggers an assessment emitted, as stored at {@code emittedAt}. */
    public static List<EmittedTrigger> of(Assessment assessment, Instant emittedAt) {
        return assessment.triggers().stream()
                .map(name -> new EmittedTrigger(assessment.company(), assessment.month(), name, assessment.effectiveBand(),
                        assessment.previous().band(), assessment.score(), assessment.previous().score(),
                        assessment.rulesHash(), emittedAt))
                .toList();
    }

    /** Stable across re-runs, so receivers can de-duplicate: company/month/trigger. */
    public String id() {
        return key().id();
    }

    public TriggerKey key() {
        return new TriggerKey(company, month, name);
    }
}

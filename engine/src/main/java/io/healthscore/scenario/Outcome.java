package io.healthscore.scenario;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Explanation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the rules gave a scenario's month: the weekly scores in the scenario's order of weeks, the exact mean, the
 * whole-percent score (both null for band NONE), the band and the triggers emitted; the set that scored it ("base"
 * or a segment id), the reason a rule forced the band with (null: none), why the score is low-confidence (null: it
 * is not) and the triggers a cooldown held back.
 */
record Outcome(List<BigDecimal> weekly, BigDecimal mean, Integer score, Band band, List<String> triggers, String ruleSet,
        String bandReason, String lowConfidence, List<String> suppressed) {
    Outcome {
        weekly = List.copyOf(weekly);
        Objects.requireNonNull(band, "band");
        triggers = List.copyOf(triggers);
        Objects.requireNonNull(ruleSet, "ruleSet");
        suppressed = List.copyOf(suppressed);
    }

    /** Scored by the base set, nothing forced, low-confidence or held back. */
    Outcome(List<BigDecimal> weekly, BigDecimal mean, Integer score, Band band, List<String> triggers) {
        this(weekly, mean, score, band, triggers, Explanation.BASE, null, null, List.of());
    }
}

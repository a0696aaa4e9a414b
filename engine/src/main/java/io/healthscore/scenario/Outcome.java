package io.healthscore.scenario;

import io.healthscore.assessment.Band;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What the rules gave a scenario's month: the weekly scores in the scenario's order of weeks, the exact mean, the
 * whole-percent score (both null for band NONE), the band and the triggers asked for.
 */
record Outcome(List<BigDecimal> weekly, BigDecimal mean, Integer score, Band band, List<String> triggers) {
    Outcome {
        weekly = List.copyOf(weekly);
        Objects.requireNonNull(band, "band");
        triggers = List.copyOf(triggers);
    }
}

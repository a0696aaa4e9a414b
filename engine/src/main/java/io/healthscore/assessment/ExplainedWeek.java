package io.healthscore.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One week as scored: the values used (nps null without a survey), the week's activity score (null when the
 * rules computed none) and its parts with the weights as applied, after re-normalisation.
 */
public record ExplainedWeek(LocalDate week, BigDecimal login, BigDecimal adoption, BigDecimal nps, BigDecimal score,
        List<WeightedPart> parts) {
    public ExplainedWeek {
        Objects.requireNonNull(week, "week");
        parts = List.copyOf(parts);
    }
}

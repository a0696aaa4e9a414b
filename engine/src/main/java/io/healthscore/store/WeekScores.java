package io.healthscore.store;

import io.healthscore.assessment.ExplainedWeek;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stored form of an assessment's weekly scores, {@code MONDAY:SCORE;...} in week order with scores in plain
 * decimal notation: what the history helpers read of earlier months without parsing explanations.
 */
final class WeekScores {
    private WeekScores() {
    }

    /** Null when no week has a score (a month without data, or an assessment from before explanations). */
    static String encode(List<ExplainedWeek> weeks) {
        StringBuilder out = new StringBuilder();
        for (ExplainedWeek week : weeks) {
            if (week.score() != null) {
                if (!out.isEmpty()) {
                    out.append(';');
                }
                out.append(week.week()).append(':').append(week.score().toPlainString());
            }
        }
        return out.isEmpty() ? null : out.toString();
    }

    /** The scores by week; empty for null. */
    static Map<LocalDate, BigDecimal> decode(String stored) {
        Map<LocalDate, BigDecimal> scores = new LinkedHashMap<>();
        if (stored == null || stored.isEmpty()) {
            return scores;
        }
        for (String week : stored.split(";")) {
            int colon = week.indexOf(':');
            if (colon < 0) {
                throw new StoreException("stored weekly scores '" + stored + "' are not in the form MONDAY:SCORE;...");
            }
            scores.put(LocalDate.parse(week.substring(0, colon)), new BigDecimal(week.substring(colon + 1)));
        }
        return scores;
    }
}

package io.healthscore.scoring;

import io.healthscore.rules.facts.Coverage;
import io.healthscore.store.StoredAssessment;
import java.util.List;

/**
 * What the rules that scored an assessment read beyond its month, as the store holds it now: the history depth their
 * recorded files declare ({@code @lookback(months = M, weeks = W)}), the company's earlier assessments within the
 * declared months, newest first, and the month's data coverage ({@code coverage}: null when the assessment was stored
 * before explanations were recorded). {@link #NONE}: no history declared, no coverage known.
 */
public record RulesHistory(int months, int weeks, List<StoredAssessment> past, Coverage coverage) {
    public static final RulesHistory NONE = new RulesHistory(0, 0, List.of(), null);

    public RulesHistory {
        past = List.copyOf(past);
    }

    /** Whether the rules declare any history at all. */
    public boolean declared() {
        return months > 0 || weeks > 0;
    }
}

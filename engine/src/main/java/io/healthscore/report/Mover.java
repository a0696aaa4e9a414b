package io.healthscore.report;

import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.assessment.ProvisionalWeeks;
import java.util.List;

/**
 * A company whose effective band changed against the previous month, with what moved it: the rules
 * ({@code source} "automatic") or a person or the calendar ("override", "clear", "expiry", "churn", "reinstate").
 * {@code name} and {@code owner} may be null, and so may the scores (band NONE or CHURNED); {@code provisional} is
 * the weeks this month's month-to-date score used, null for the month's assessment.
 */
public record Mover(String company, String name, String owner, EffectiveBand from, EffectiveBand to, Integer score,
        Integer previousScore, Drivers drivers, String source, ProvisionalWeeks provisional) {
    public static final String AUTOMATIC = "automatic";
    public static final List<String> SOURCES = List.of(AUTOMATIC, "override", "clear", "expiry", "churn", "reinstate");

    /** A move on the month's assessment. */
    public Mover(String company, String name, String owner, EffectiveBand from, EffectiveBand to, Integer score,
            Integer previousScore, Drivers drivers, String source) {
        this(company, name, owner, from, to, score, previousScore, drivers, source, null);
    }

    public Mover {
        Fields.nonBlank(company, "mover company");
        Fields.present(from, "mover " + company, "from");
        Fields.present(to, "mover " + company, "to");
        Fields.present(drivers, "mover " + company, "drivers");
        if (from == to) {
            throw new IllegalArgumentException("mover " + company + ": from and to are both " + from
                    + "; a mover changes band");
        }
        if (!SOURCES.contains(source)) {
            throw new IllegalArgumentException("mover " + company + ": unknown source '" + source + "'; accepted: "
                    + String.join(", ", SOURCES));
        }
    }

    /** Moved to a better-ranked band (THRIVING 4 down to AT_RISK 1; NONE and CHURNED 0). */
    public boolean up() {
        return to.rank() > from.rank();
    }

    /** Score minus previous score; null unless both are known. */
    public Integer change() {
        return score == null || previousScore == null ? null : score - previousScore;
    }

    public boolean automatic() {
        return AUTOMATIC.equals(source);
    }
}

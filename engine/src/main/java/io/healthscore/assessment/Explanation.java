package io.healthscore.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an assessment came about, recorded when it was scored: each week's values and weighted score, the rule
 * that set the band and the rule that asked for each trigger. {@link #NONE} for assessments stored before
 * explanations were recorded.
 */
public record Explanation(List<ExplainedWeek> weeks, String bandRule, Map<String, String> triggerRules) {
    public static final Explanation NONE = new Explanation(List.of(), "", Map.of());

    public Explanation {
        weeks = List.copyOf(weeks);
        Objects.requireNonNull(bandRule, "bandRule");
        triggerRules = Collections.unmodifiableMap(new LinkedHashMap<>(triggerRules));
    }

    public boolean recorded() {
        return !bandRule.isEmpty();
    }
}

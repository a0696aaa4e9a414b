package io.healthscore.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an assessment came about, recorded when it was scored: each week's values and weighted score, the rule
 * that set the band and the rule that asked for each trigger; the rule set that scored it ({@code ruleSet}: "base"
 * or a segment id), the reason a rule stated when it forced the band ({@code bandReason}, null: none), why the score
 * is low-confidence ({@code lowConfidence}, null: it is not), and the triggers the rules asked for that a cooldown
 * held back, each with why ({@code suppressed}). {@link #NONE} for assessments stored before explanations were
 * recorded.
 */
public record Explanation(List<ExplainedWeek> weeks, String bandRule, Map<String, String> triggerRules, String ruleSet,
        String bandReason, String lowConfidence, Map<String, String> suppressed) {
    public static final String BASE = "base";
    public static final Explanation NONE = new Explanation(List.of(), "", Map.of());

    public Explanation {
        weeks = List.copyOf(weeks);
        Objects.requireNonNull(bandRule, "bandRule");
        triggerRules = Collections.unmodifiableMap(new LinkedHashMap<>(triggerRules));
        ruleSet = ruleSet == null ? BASE : ruleSet;
        suppressed = Collections.unmodifiableMap(new LinkedHashMap<>(suppressed == null ? Map.of() : suppressed));
    }

    /** An explanation of the base set, nothing forced, suppressed or low-confidence. */
    public Explanation(List<ExplainedWeek> weeks, String bandRule, Map<String, String> triggerRules) {
        this(weeks, bandRule, triggerRules, BASE, null, null, Map.of());
    }

    public boolean recorded() {
        return !bandRule.isEmpty();
    }

    public boolean lowConfidenceScore() {
        return lowConfidence != null;
    }
}

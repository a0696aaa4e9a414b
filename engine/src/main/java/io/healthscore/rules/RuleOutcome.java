package io.healthscore.rules;

import io.healthscore.rules.facts.MonthBand;
import io.healthscore.rules.facts.MonthlyScore;
import io.healthscore.rules.facts.WeeklyScore;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the rules inserted for one company and month, in the order they did it; {@code bandRules} names the rule
 * that inserted each band, {@code triggerRules} the rule that inserted each trigger, {@code lowConfidence} the reason
 * of the first {@code LowConfidence} inserted (null: none), and {@code bandSettings} every band any rule inserted,
 * deleted ones included, in order: how {@code rules check} finds rules that set different bands for one input.
 */
public record RuleOutcome(
        List<WeeklyScore> weeklyScores,
        List<MonthlyScore> monthlyScores,
        List<MonthBand> bands,
        List<String> bandRules,
        List<String> triggers,
        Map<String, String> triggerRules,
        List<String> firedRules,
        String lowConfidence,
        List<BandSetting> bandSettings) {

    /** A band a rule inserted, and the rule. */
    public record BandSetting(MonthBand band, String rule) {
    }

    public RuleOutcome {
        weeklyScores = List.copyOf(weeklyScores);
        monthlyScores = List.copyOf(monthlyScores);
        bands = List.copyOf(bands);
        bandRules = List.copyOf(bandRules);
        triggers = List.copyOf(triggers);
        triggerRules = Collections.unmodifiableMap(new LinkedHashMap<>(triggerRules));
        firedRules = List.copyOf(firedRules);
        bandSettings = List.copyOf(bandSettings);
    }
}

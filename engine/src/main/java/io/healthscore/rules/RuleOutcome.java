package io.healthscore.rules;

import io.healthscore.rules.facts.MonthBand;
import io.healthscore.rules.facts.MonthlyScore;
import io.healthscore.rules.facts.WeeklyScore;
import java.util.List;

/** What the rules inserted for one company and month, in the order they did it. */
public record RuleOutcome(
        List<WeeklyScore> weeklyScores,
        List<MonthlyScore> monthlyScores,
        List<MonthBand> bands,
        List<String> triggers,
        List<String> firedRules) {

    public RuleOutcome {
        weeklyScores = List.copyOf(weeklyScores);
        monthlyScores = List.copyOf(monthlyScores);
        bands = List.copyOf(bands);
        triggers = List.copyOf(triggers);
        firedRules = List.copyOf(firedRules);
    }
}

package io.healthscore.scoring;

import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.ExplainedWeek;
import io.healthscore.assessment.Explanation;
import io.healthscore.assessment.WeightedPart;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.RuleOutcome;
import io.healthscore.rules.ScoringSet;
import io.healthscore.rules.facts.Part;
import io.healthscore.rules.facts.WeeklyScore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the explanation of an assessment from its input and what the rules did with it. */
final class Explain {
    private Explain() {
    }

    /** {@code shown} gives the triggers: the rules' outcome, or its evaluation with the band an override pinned. */
    static Explanation of(CompanyMonth input, ScoringSet set, RuleOutcome outcome, RuleOutcome shown,
            Cooldowns.Held held) {
        Map<LocalDate, WeeklyScore> scores = outcome.weeklyScores().stream()
                .collect(Collectors.toMap(WeeklyScore::week, Function.identity(), (first, second) -> first));
        List<ExplainedWeek> weeks = input.weeks().stream()
                .map(week -> week(week, Optional.ofNullable(scores.get(week.week()))))
                .toList();
        String bandRule = outcome.bandRules().isEmpty() ? "" : outcome.bandRules().get(0);
        String bandReason = outcome.bands().isEmpty() ? null : outcome.bands().get(0).reason();
        return new Explanation(weeks, bandRule, held.triggerRules(), set.name(), bandReason, outcome.lowConfidence(),
                held.suppressed());
    }

    private static ExplainedWeek week(WeeklyMetrics metrics, Optional<WeeklyScore> score) {
        List<WeightedPart> parts = score.map(WeeklyScore::parts).orElse(List.of()).stream()
                .filter(Part::present)
                .map(part -> new WeightedPart(part.name(), part.value(), part.weight()))
                .toList();
        return new ExplainedWeek(metrics.week(), metrics.login(), metrics.adoption(), metrics.nps(),
                score.map(WeeklyScore::score).orElse(null), parts);
    }
}

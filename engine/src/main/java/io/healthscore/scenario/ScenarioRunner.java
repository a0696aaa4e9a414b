package io.healthscore.scenario;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.ExplainedWeek;
import io.healthscore.assessment.Explanation;
import io.healthscore.rules.RuleFailureException;
import io.healthscore.rules.RuleSet;
import io.healthscore.scoring.Scorer;
import io.healthscore.store.HistoryDepth;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Scores a scenario's month as production does (the {@link Scorer}, with the history the month run would load for
 * these rules) and compares what came out with what it expects.
 */
final class ScenarioRunner {
    private final Scorer scorer;
    private final HistoryDepth depth;

    ScenarioRunner(RuleSet rules) {
        this.scorer = new Scorer(rules);
        // the month run loads the deepest history any set declares, for every company: so does a scenario
        this.depth = HistoryDepth.of(rules);
    }

    ScenarioResult run(Scenario scenario) {
        Outcome actual;
        try {
            actual = outcome(scenario);
        } catch (RuleFailureException e) {
            return new ScenarioResult(scenario, List.of(), e.getMessage());
        } catch (RuntimeException e) {
            // rules are the author's code: a condition that throws (Drools does not wrap those) fails this scenario only
            return new ScenarioResult(scenario, List.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return new ScenarioResult(scenario, scenario.expectation().compare(actual), null);
    }

    private Outcome outcome(Scenario scenario) {
        CompanyMonth input = scenario.past().applyTo(scenario.input(), depth);
        // a month to date emits only the triggers of @early rules, as run --provisional does
        Assessment assessment = scenario.provisional() == null ? scorer.score(input)
                : scorer.scoreToDate(input, scenario.provisional());
        // the explanation holds each input week's score, in the order of the input's weeks
        List<BigDecimal> weekly = assessment.explanation().weeks().stream()
                .map(ExplainedWeek::score)
                .filter(Objects::nonNull)
                .toList();
        Explanation explanation = assessment.explanation();
        return new Outcome(weekly, assessment.mean(), assessment.score(), assessment.band(), assessment.triggers(),
                explanation.ruleSet(), explanation.bandReason(), explanation.lowConfidence(),
                List.copyOf(explanation.suppressed().keySet()));
    }
}

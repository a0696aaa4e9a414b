package io.healthscore.scenario;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.ExplainedWeek;
import io.healthscore.rules.RuleFailureException;
import io.healthscore.rules.RuleSet;
import io.healthscore.scoring.Scorer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Scores a scenario's month as production does (the {@link Scorer}) and compares what came out with what it expects. */
final class ScenarioRunner {
    private final Scorer scorer;

    ScenarioRunner(RuleSet rules) {
        this.scorer = new Scorer(rules);
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
        Assessment assessment = scorer.score(scenario.input());
        // the explanation holds each input week's score, in the order of the input's weeks
        List<BigDecimal> weekly = assessment.explanation().weeks().stream()
                .map(ExplainedWeek::score)
                .filter(Objects::nonNull)
                .toList();
        return new Outcome(weekly, assessment.mean(), assessment.score(), assessment.band(), assessment.triggers());
    }
}

package io.healthscore.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.DefaultRules;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code expect.weekly} lists the weekly scores in the order the scenario lists its weeks, whatever their dates. */
class ScenarioWeeklyOrderTest {
    @TempDir
    Path folder;

    @Test
    void should_compare_weekly_scores_in_the_scenario_order_when_weeks_are_listed_out_of_date_order() {
        Scenario scenario = ScenarioFiles.single(folder, """
                - scenario: listed backwards
                  weeks:
                    - {week: 2026-10-19, login: 90, adoption: 90}
                    - {week: 2026-10-05, login: 10, adoption: 10}
                    - {week: 2026-09-28, login: 50, adoption: 50, nps: 0}
                  expect:
                    weekly: [90, 10, 50]
                    mean: 50
                """);

        ScenarioResult result = new ScenarioRunner(DefaultRules.ruleSet()).run(scenario);

        assertThat(result.reasons()).isEmpty();
        assertThat(result.passed()).isTrue();
    }

    @Test
    void should_fail_with_both_lists_when_a_weekly_score_differs() {
        Scenario scenario = ScenarioFiles.single(folder, """
                - scenario: a wrong weekly score
                  weeks: [{login: 80, adoption: 60, nps: 40}, {login: 80, adoption: 61}]
                  expect: {weekly: [70, 70.4]}
                """);

        ScenarioResult result = new ScenarioRunner(DefaultRules.ruleSet()).run(scenario);

        assertThat(result.passed()).isFalse();
        assertThat(result.reasons()).containsExactly("weekly: expected [70, 70.4], actual [70, 70.5]");
    }
}

package io.healthscore.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a scenario leaves out: month 2026-10, the month's weeks in order, a first assessment, no segment. */
class ScenarioDefaultsTest {
    @TempDir
    Path folder;

    @Test
    void should_score_2026_10_as_a_first_assessment_when_month_and_previous_are_left_out() {
        Scenario scenario = ScenarioFiles.single(folder, """
                - scenario: defaults
                  weeks: []
                  expect: {band: NONE}
                """);

        assertThat(scenario.input().month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(scenario.input().previous()).isEqualTo(Previous.NONE);
        assertThat(scenario.input().segment()).isNull();
        assertThat(scenario.input().company()).isEqualTo(CompanyId.of("scenario"));
    }

    @Test
    void should_give_each_entry_without_week_the_month_week_of_its_position_when_weeks_are_left_out() {
        Scenario scenario = ScenarioFiles.single(folder, """
                - scenario: positions
                  month: 2026-11
                  weeks:
                    - {login: 1, adoption: 1}
                    - {week: 2026-11-16, login: 2, adoption: 2}
                    - {login: 3, adoption: 3}
                  expect: {band: AT_RISK}
                """);

        // November 2026 counts five weeks, the first starting on 26 October (its Sunday is 1 November)
        assertThat(scenario.input().weeks()).extracting(WeeklyMetrics::week).containsExactly(
                LocalDate.parse("2026-10-26"), LocalDate.parse("2026-11-16"), LocalDate.parse("2026-11-09"));
    }

    @Test
    void should_pass_segment_company_and_previous_to_the_scoring_when_they_are_given() {
        Scenario scenario = ScenarioFiles.single(folder, """
                - scenario: all given
                  company: acme
                  segment: enterprise
                  previous: {band: HEALTHY, score: 70}
                  weeks: [{login: 1, adoption: 1}]
                  expect: {band: AT_RISK}
                """);

        assertThat(scenario.input().company()).isEqualTo(CompanyId.of("acme"));
        assertThat(scenario.input().segment()).isEqualTo("enterprise");
        assertThat(scenario.input().previous()).isEqualTo(new Previous(Band.HEALTHY, 70));
    }

    @Test
    void should_keep_every_digit_of_a_number_when_it_is_read() {
        Scenario scenario = ScenarioFiles.single(folder, """
                - scenario: exact decimals
                  weeks: [{login: 0.1, adoption: 75.500000, nps: -0.000001}]
                  expect: {mean: 37.8}
                """);

        WeeklyMetrics week = scenario.input().weeks().get(0);
        assertThat(week.login()).hasToString("0.1");
        assertThat(week.adoption()).hasToString("75.500000");
        assertThat(week.nps()).isEqualByComparingTo("-0.000001");
        assertThat(scenario.expectation().expected().mean()).hasToString("37.8");
    }

    @Test
    void should_name_the_line_of_the_entry_when_a_scenario_is_read() {
        ScenarioFile file = ScenarioFiles.read(folder, """
                # a comment

                - scenario: first
                  weeks: []
                  expect: {band: NONE}
                - {scenario: second, weeks: [], expect: {band: NONE}}
                """);

        assertThat(file.scenarios()).extracting(Scenario::line).containsExactly(3, 6);
        assertThat(file.scenarios()).extracting(Scenario::name).containsExactly("first", "second");
    }
}

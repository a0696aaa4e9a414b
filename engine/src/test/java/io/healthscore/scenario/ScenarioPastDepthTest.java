package io.healthscore.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.rules.facts.History;
import io.healthscore.rules.facts.PastMonth;
import io.healthscore.rules.facts.SeriesWeek;
import io.healthscore.store.HistoryDepth;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules see of a scenario's past only what the month run would load at the depth they declare. */
class ScenarioPastDepthTest {
    private static final String PAST = """
            - scenario: a long past
              history:
                - {month: 2026-09, score: 20, band: AT_RISK}
                - {month: 2026-08, score: 20, band: AT_RISK}
                - {month: 2026-07, score: 20, band: AT_RISK}
              pastWeeks:
                - {week: 2026-08-31, login: 10, adoption: 10}
                - {week: 2026-09-07, login: 20, adoption: 20, score: 20}
              sent: {escalation: 2026-08, renewal-call: 2026-07}
              weeks:
                - {week: 2026-10-05, login: 40, adoption: 40}
                - {week: 2026-09-28, login: 30, adoption: 30}
              expect: {band: AT_RISK}
            """;

    @TempDir
    Path folder;

    @Test
    void should_show_only_the_months_weeks_and_sent_triggers_within_the_depth_when_the_past_reaches_further() {
        CompanyMonth input = apply(new HistoryDepth(2, 3, 3));
        History history = input.history();

        assertThat(history.months()).extracting(PastMonth::month).containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 8));
        assertThat(history.monthsDepth()).isEqualTo(2);
        assertThat(history.streak(Band.AT_RISK)).isEqualTo(3);
        // three weeks before the month's first week (2026-09-28) reach back to 2026-09-07; then the month's own, in order
        assertThat(history.weeks()).extracting(SeriesWeek::start).containsExactly(LocalDate.parse("2026-09-07"),
                LocalDate.parse("2026-09-28"), LocalDate.parse("2026-10-05"));
        assertThat(history.weeks()).extracting(SeriesWeek::score).containsExactly(new BigDecimal("20"), null, null);
        // a 3-month cooldown looks back to 2026-08
        assertThat(input.lastSent()).isEqualTo(Map.of("escalation", YearMonth.of(2026, 8)));
    }

    @Test
    void should_load_no_weeks_when_the_rules_declare_months_only() {
        History history = apply(new HistoryDepth(1, 0, 0)).history();

        assertThat(history.months()).extracting(PastMonth::month).containsExactly(YearMonth.of(2026, 9));
        assertThat(history.weeks()).isEmpty();
    }

    @Test
    void should_show_no_past_at_all_when_the_rules_declare_none() {
        CompanyMonth input = apply(HistoryDepth.NONE);

        assertThat(input.history().months()).isEmpty();
        assertThat(input.history().weeks()).isEmpty();
        assertThat(input.lastSent()).isEmpty();
    }

    private CompanyMonth apply(HistoryDepth depth) {
        Scenario scenario = ScenarioFiles.single(folder, PAST);
        return scenario.past().applyTo(scenario.input(), depth);
    }
}

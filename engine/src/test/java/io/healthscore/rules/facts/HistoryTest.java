package io.healthscore.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.healthscore.assessment.Band;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    /** October 2026's last week starts Monday 19 October (its Sunday is the 25th; 26 October's is in November). */
    private static final LocalDate LAST_WEEK = LocalDate.of(2026, 10, 19);

    @Test
    void should_count_this_month_and_the_months_right_before_in_the_band_when_asked_for_a_streak() {
        History history = months(6, past(9, 20, Band.AT_RISK), past(8, 22, Band.AT_RISK), past(7, 40, Band.STEADY));

        assertThat(history.streak(Band.AT_RISK)).isEqualTo(3);
        assertThat(history.streak(Band.STEADY)).isEqualTo(1);
    }

    @Test
    void should_end_a_streak_at_a_month_without_an_assessment() {
        History history = months(6, past(9, 20, Band.AT_RISK), past(7, 20, Band.AT_RISK));

        assertThat(history.streak(Band.AT_RISK)).isEqualTo(2);
    }

    @Test
    void should_count_the_band_the_company_was_shown_in_when_an_override_pinned_it() {
        History history = months(3, new PastMonth(OCTOBER.minusMonths(1), 20, Band.AT_RISK, Band.STEADY, false));

        assertThat(history.streak(Band.AT_RISK)).isEqualTo(1);
        assertThat(history.streak(Band.STEADY)).isEqualTo(2);
    }

    @Test
    void should_stop_a_streak_at_the_declared_depth() {
        History history = months(2, past(9, 20, Band.AT_RISK), past(8, 20, Band.AT_RISK), past(7, 20, Band.AT_RISK));

        assertThat(history.streak(Band.AT_RISK)).isEqualTo(3);
    }

    @Test
    void should_average_the_scores_of_the_last_k_months_exactly_when_asked_for_a_baseline() {
        History history = months(6, past(9, 80, Band.THRIVING), past(8, 81, Band.THRIVING), past(7, 81, Band.THRIVING),
                past(6, 10, Band.AT_RISK));

        assertThat(history.baseline(3)).isEqualByComparingTo("80.666666666667");
        assertThat(history.changeFromBaseline(62, 2)).isEqualByComparingTo("-18.5");
        assertThat(history.baseline(4)).isEqualByComparingTo("63");
    }

    @Test
    void should_leave_out_months_without_a_score_and_give_null_without_any() {
        History history = months(3, new PastMonth(OCTOBER.minusMonths(1), null, Band.NONE, Band.NONE, false),
                past(8, 50, Band.STEADY));

        assertThat(history.baseline(3)).isEqualByComparingTo("50");
        assertThat(history.baseline(1)).isNull();
        assertThat(history.changeFromBaseline(40, 1)).isNull();
        assertThat(history.changeFromBaseline(null, 3)).isNull();
    }

    @Test
    void should_give_the_least_squares_slope_per_week_of_a_series() {
        // logins 80, 77, 74, 71 (falling 3 a week) then 70: slope of 5 points = -2.6
        List<SeriesWeek> weeks = new ArrayList<>();
        int[] logins = {80, 77, 74, 71, 70};
        for (int index = 0; index < logins.length; index++) {
            weeks.add(week(LAST_WEEK.minusWeeks(4 - index), logins[index], null));
        }
        History history = weeks(8, weeks);

        assertThat(history.slope("login", 5)).isEqualByComparingTo("-2.6");
        assertThat(history.slope("login", 4)).as("the last four weeks: 77, 74, 71, 70").isEqualByComparingTo("-2.4");
        assertThat(history.slope("adoption", 5)).as("adoption is 50 every week").isEqualByComparingTo("0");
        assertThat(history.slope("nps", 5)).as("no NPS: fewer than two points").isNull();
    }

    @Test
    void should_measure_a_slope_in_calendar_weeks_when_weeks_are_missing() {
        History history = weeks(8, List.of(week(LAST_WEEK.minusWeeks(4), 80, null), week(LAST_WEEK, 60, null)));

        assertThat(history.slope("login", 5)).isEqualByComparingTo("-5");
    }

    @Test
    void should_join_stored_weekly_scores_with_this_month_s_when_asked_for_a_score_slope() {
        History history = weeks(8, List.of(new SeriesWeek(LAST_WEEK.minusWeeks(4), null, null, null, new BigDecimal("70")),
                week(LAST_WEEK.minusWeeks(3), 50, null)));
        List<Object> thisMonth = List.of(
                new WeeklyScore(LAST_WEEK.minusWeeks(1), new BigDecimal("66"), List.of()),
                new WeeklyScore(LAST_WEEK, new BigDecimal("64"), List.of()));

        // points at weeks 0, 3, 4: 70, 66, 64 -> (3 * 454 - 7 * 200) / (3 * 25 - 7 * 7) = -38 / 26
        assertThat(history.scoreSlope(thisMonth, 5)).isEqualByComparingTo("-1.461538461538");
    }

    @Test
    void should_count_the_latest_nps_answer_only_within_the_given_weeks() {
        History history = weeks(8, List.of(week(LAST_WEEK.minusWeeks(6), 50, "30"), week(LAST_WEEK.minusWeeks(3), 50, "45"),
                week(LAST_WEEK, 50, null)));

        assertThat(history.latestNps(LAST_WEEK, 8)).isEqualByComparingTo("45");
        assertThat(history.latestNps(LAST_WEEK.minusWeeks(4), 2)).isEqualByComparingTo("30");
        assertThat(history.latestNps(LAST_WEEK, 2)).as("45 is three weeks old").isNull();
    }

    @Test
    void should_refuse_to_read_deeper_than_the_rules_declare() {
        History history = months(3, past(9, 50, Band.STEADY));

        assertThatThrownBy(() -> history.baseline(4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reads 4 months of history; the rules declare 3");
        assertThatThrownBy(() -> history.slope("login", 2)).hasMessageContaining("reads 2 weeks of history; the rules declare 0");
        assertThatThrownBy(() -> weeks(4, List.of()).slope("logins", 2)).hasMessageContaining("accepted: \"login\"");
    }

    private static PastMonth past(int month, Integer score, Band band) {
        return new PastMonth(YearMonth.of(2026, month), score, band, band, false);
    }

    private static History months(int depth, PastMonth... months) {
        return new History(OCTOBER, List.of(months), List.of(), depth, 0);
    }

    private static History weeks(int depth, List<SeriesWeek> weeks) {
        return new History(OCTOBER, List.of(), weeks, 0, depth);
    }

    private static SeriesWeek week(LocalDate start, int login, String nps) {
        return new SeriesWeek(start, BigDecimal.valueOf(login), BigDecimal.valueOf(50), nps == null ? null : new BigDecimal(nps),
                null);
    }
}

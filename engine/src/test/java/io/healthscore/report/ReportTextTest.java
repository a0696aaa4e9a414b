package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTextTest {
    private static final String KNOWN = ReportText.render(KnownReport.report());
    private static final String EMPTY = ReportText.render(KnownReport.empty());

    @Test
    void should_head_the_report_with_month_company_count_and_short_rules_hash() {
        assertThat(KNOWN.lines().findFirst()).hasValue("Portfolio health 2026-10 (40 companies, rules 749597a8a152)");
        assertThat(KNOWN.lines().skip(1).findFirst()).hasValue("generated 2026-11-01 06:00 UTC");
        assertThat(EMPTY.lines().findFirst()).hasValue("Portfolio health 2026-10 (4 companies)");
    }

    @Test
    void should_print_the_sections_in_order() {
        List<String> titles = KNOWN.lines().filter(line -> !line.isEmpty() && !line.startsWith(" ")).skip(2).toList();

        assertThat(titles).containsExactly("Distribution", "Health target", "Movers up", "Movers down",
                "Score drops (15 points or more)", "At risk", "Manual changes",
                "Happiness level (average NPS of the month)", "Trend");
    }

    @Test
    void should_list_each_band_with_count_percent_and_a_bar_in_the_distribution() {
        assertThat(section(KNOWN, "Distribution")).containsExactly(
                "  THRIVING  12  30.0%  ############",
                "  HEALTHY   11  27.5%  ###########",
                "  STEADY    11  27.5%  ###########",
                "  AT_RISK    5  12.5%  #####",
                "  NONE       1   2.5%  #",
                "  CHURNED    0   0.0%",
                "  total     40");
    }

    @Test
    void should_say_how_far_below_target_and_how_many_companies_are_missing() {
        assertThat(section(KNOWN, "Health target")).containsExactly("  target 70.0%  actual 57.5% (23 of 40 active"
                + " companies Healthy or Thriving)  below target by 12.5 points: 5 more companies needed");
        assertThat(ReportText.target(HealthTarget.of(new BigDecimal("57.5"), KnownReport.report().distribution())))
                .endsWith("  met");
        assertThat(ReportText.target(HealthTarget.of(new BigDecimal("55"), KnownReport.report().distribution())))
                .endsWith("  met, 2.5 points above target");
        assertThat(section(EMPTY, "Health target").get(0)).endsWith("(0 of 3 active companies Healthy or Thriving)"
                + "  below target by 70.0 points: 3 more companies needed");
    }

    @Test
    void should_show_movers_up_with_band_change_score_change_drivers_and_a_manual_source() {
        List<String> movers = section(KNOWN, "Movers up");

        assertThat(movers).hasSize(4);
        assertThat(cells(movers.get(0))).containsExactly("company", "name", "owner", "band", "score", "login",
                "adoption", "nps", "source");
        assertThat(cells(movers.get(1))).containsExactly("globex", "Globex Corp", "dana", "STEADY -> HEALTHY",
                "58 (+11)", "70.5", "52", "30");
        assertThat(cells(movers.get(2))).containsExactly("initech", "Initech", "erin", "AT_RISK -> STEADY", "31 (+9)",
                "40", "28.25", "-");
        assertThat(cells(movers.get(3))).containsExactly("umbrella", "Umbrella", "-", "CHURNED -> HEALTHY", "55", "60",
                "50", "12", "reinstate");
    }

    @Test
    void should_show_movers_down_with_negative_change() {
        List<String> movers = section(KNOWN, "Movers down");

        assertThat(cells(movers.get(1))).containsExactly("hooli", "Hooli", "erin", "THRIVING -> HEALTHY", "72 (-9)",
                "74", "70", "20");
        assertThat(cells(movers.get(2))).endsWith("HEALTHY -> AT_RISK", "54 (-6)", "58", "50", "-20", "override");
    }

    @Test
    void should_show_score_drops_with_scores_and_points_lost() {
        List<String> drops = section(KNOWN, "Score drops (15 points or more)");

        assertThat(drops).hasSize(3);
        assertThat(cells(drops.get(1))).containsExactly("wonka", "Wonka Industries", "45 -> 24", "-21", "AT_RISK", "20",
                "28", "-35");
        assertThat(cells(drops.get(2))).containsExactly("vandelay", "Vandelay Industries", "71 -> 52", "-19", "HEALTHY",
                "55", "49", "-");
    }

    @Test
    void should_show_at_risk_companies_with_owner_months_and_the_override_marker() {
        List<String> atRisk = section(KNOWN, "At risk");

        assertThat(atRisk).hasSize(6);
        assertThat(cells(atRisk.get(1))).containsExactly("tyrell", "Tyrell", "-", "25", "6", "22", "28", "-50");
        assertThat(cells(atRisk.get(5))).containsExactly("soylent", "Soylent", "dana", "54", "1", "58", "50", "-20",
                "overridden (rules: HEALTHY)");
    }

    @Test
    void should_show_manual_changes_with_utc_minute_author_band_change_and_note() {
        List<String> changes = section(KNOWN, "Manual changes");

        assertThat(cells(changes.get(1))).containsExactly("2026-10-14 09:30", "soylent", "2026-10", "override",
                "dana@example.com", "HEALTHY -> AT_RISK", KnownReport.MARKUP_NOTE);
        assertThat(cells(changes.get(2))).containsExactly("2026-10-20 16:05", "umbrella", "2026-10", "reinstate", "erin",
                "CHURNED -> HEALTHY");
    }

    @Test
    void should_show_each_happiness_level_with_its_nps_range_count_and_share() {
        assertThat(section(KNOWN, "Happiness level (average NPS of the month)")).containsExactly(
                "  Very Happy   50 to 100        14  40.0%",
                "  Happy        10 to under 50   12  34.3%",
                "  Neutral      -10 to under 10   6  17.1%",
                "  Not Happy    under -10         3   8.6%",
                "  no feedback                    5");
    }

    @Test
    void should_show_one_trend_line_per_month_oldest_first_with_the_healthy_share() {
        List<String> trend = section(KNOWN, "Trend");

        assertThat(trend).hasSize(5);
        assertThat(cells(trend.get(0))).containsExactly("month", "THRIVING", "HEALTHY", "STEADY", "AT_RISK", "NONE",
                "CHURNED", "total", "healthy");
        assertThat(cells(trend.get(1))).containsExactly("2026-07", "8", "10", "13", "7", "2", "0", "40", "45.0%");
        assertThat(cells(trend.get(2))).containsExactly("2026-08", "9", "11", "12", "6", "1", "1", "40", "51.3%");
        assertThat(cells(trend.get(4))).containsExactly("2026-10", "12", "11", "11", "5", "1", "0", "40", "57.5%");
    }

    @Test
    void should_say_none_when_a_section_is_empty() {
        for (String title : List.of("Movers up", "Movers down", "Score drops (15 points or more)", "At risk",
                "Manual changes")) {
            assertThat(section(EMPTY, title)).as(title).containsExactly("  none");
        }
        assertThat(section(EMPTY, "Trend")).hasSize(2);
    }

    @Test
    void should_align_columns_and_end_no_line_in_a_space() {
        assertThat(KNOWN.lines()).noneMatch(line -> line.endsWith(" "));
        List<String> movers = section(KNOWN, "Movers up");
        assertThat(movers.get(1).indexOf("STEADY")).isEqualTo(movers.get(0).indexOf("band"))
                .isEqualTo(movers.get(3).indexOf("CHURNED"));
    }

    /** The lines under a section's title, up to the blank line that ends it. */
    static List<String> section(String text, String title) {
        List<String> lines = text.lines().toList();
        int start = lines.indexOf(title);
        assertThat(start).as("section '%s' in%n%s", title, text).isPositive();
        List<String> body = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).isEmpty(); i++) {
            body.add(lines.get(i));
        }
        return body;
    }

    /** A table line's cells: text between runs of two or more spaces. */
    private static List<String> cells(String line) {
        return Arrays.asList(line.strip().split(" {2,}"));
    }
}

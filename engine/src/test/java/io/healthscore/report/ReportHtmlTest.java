package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportHtmlTest {
    private static final String KNOWN = ReportHtml.render(KnownReport.report());
    private static final String EMPTY = ReportHtml.render(KnownReport.empty());

    @Test
    void should_be_one_utf8_html5_document_with_its_style_inline() {
        assertThat(KNOWN).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n")
                .contains("<meta charset=\"utf-8\">", "<style>", "</style>", ".band-THRIVING{", "@media print");
        assertThat(HtmlTags.count(KNOWN, "<html")).isEqualTo(1);
        for (String tag : List.of("section", "svg", "table", "tr", "td", "g", "ul", "li", "main", "header")) {
            assertThat(HtmlTags.count(KNOWN, "<" + tag + ">") + HtmlTags.count(KNOWN, "<" + tag + " "))
                    .as("<%s> opened as often as closed", tag).isEqualTo(HtmlTags.count(KNOWN, "</" + tag + ">"));
        }
    }

    @Test
    void should_load_nothing_from_outside_and_run_no_script() {
        assertThat(KNOWN).doesNotContain("http://", "https://", "<script", "<link", "@import", "url(", "src=",
                "@font-face");
    }

    @Test
    void should_escape_notes_and_names_written_by_people() {
        assertThat(KNOWN).contains("Renewal call went badly &lt;b&gt;&amp; champion left&lt;/b&gt;")
                .doesNotContain("<b>&");
        PortfolioReport known = KnownReport.report();
        Mover hostile = new Mover("evil", "<script>alert(1)</script>", "Tom & Jerry", EffectiveBand.STEADY,
                EffectiveBand.HEALTHY, 60, 50, Drivers.NO_DATA, "automatic");
        ManualChange change = new ManualChange(Instant.parse("2026-10-02T08:00:00Z"), "evil", known.month(), "override",
                "\"quoted\" <author>", "fix & <i>check</i>", EffectiveBand.STEADY, EffectiveBand.AT_RISK);
        String html = ReportHtml.render(new PortfolioReport(known.month(), known.generatedAt(), known.rulesHash(),
                known.distribution(), known.target(), List.of(hostile), List.of(), 15, List.of(), List.of(),
                List.of(change), known.happiness(), known.trend()));

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Tom &amp; Jerry",
                "&quot;quoted&quot; &lt;author&gt;", "fix &amp; &lt;i&gt;check&lt;/i&gt;")
                .doesNotContain("<script", "<i>check", "<author>");
    }

    @Test
    void should_head_the_page_with_month_generation_time_company_count_and_rules_hash() {
        String header = KNOWN.substring(KNOWN.indexOf("<header>"), KNOWN.indexOf("</header>"));

        assertThat(KNOWN).contains("<title>Portfolio health 2026-10</title>");
        assertThat(header).contains("<h1>Portfolio health 2026-10</h1>",
                "40 companies &middot; generated 2026-11-01 06:00 UTC", "749597a8a152</code>",
                "title=\"" + KnownReport.RULES_HASH + "\"");
    }

    @Test
    void should_draw_one_bar_per_band_in_its_colour_as_long_as_its_count_against_the_largest() {
        List<Map<String, String>> bars = HtmlTags.all(HtmlTags.element(KNOWN, "svg", "distribution-chart"), "rect");

        assertThat(bars).extracting(bar -> bar.get("data-band") + "=" + bar.get("data-count") + " w" + bar.get("width"))
                .containsExactly("THRIVING=12 w680", "HEALTHY=11 w623.3", "STEADY=11 w623.3", "AT_RISK=5 w283.3",
                        "NONE=1 w56.7", "CHURNED=0 w0");
        assertThat(bars).extracting(bar -> bar.get("fill")).containsExactly("#2e9d4f", "#e3a21a", "#3b76c4", "#d64541",
                "#9aa0a6", "#000000");
        assertThat(bars).extracting(bar -> bar.get("class")).containsExactly("band-THRIVING", "band-HEALTHY",
                "band-STEADY", "band-AT_RISK", "band-NONE", "band-CHURNED");
        assertThat(HtmlTags.element(KNOWN, "svg", "distribution-chart")).contains("12 · 30.0%", "11 · 27.5%",
                "5 · 12.5%", "1 · 2.5%", "0 · 0.0%");
    }

    @Test
    void should_stack_one_column_per_month_oldest_left_with_heights_as_shares() {
        String chart = HtmlTags.element(KNOWN, "svg", "trend-chart");
        List<Map<String, String>> segments = HtmlTags.all(chart, "rect");

        assertThat(segments).hasSize(4 * EffectiveBand.values().length);
        assertThat(segments).extracting(segment -> segment.get("data-month")).containsSubsequence("2026-07", "2026-08",
                "2026-09", "2026-10");
        Map<String, String> augustChurned = segments.stream().filter(segment -> "2026-08".equals(segment.get("data-month"))
                && "CHURNED".equals(segment.get("data-band"))).findFirst().orElseThrow();
        assertThat(augustChurned).containsEntry("data-count", "1").containsEntry("height", "5.5"); // 1/40 of 220
        Map<String, String> octoberThriving = segments.get(18);
        assertThat(octoberThriving).containsEntry("data-month", "2026-10").containsEntry("data-band", "THRIVING")
                .containsEntry("data-count", "12").containsEntry("height", "66").containsEntry("y", "174");
        assertThat(Double.parseDouble(segments.get(0).get("x"))).isLessThan(Double.parseDouble(octoberThriving.get("x")));
        assertThat(chart).contains(">2026-07</text>", ">2026-10</text>", ">45.0%</text>", ">51.3%</text>",
                ">57.5%</text>", ">target 70.0%</text>");
    }

    @Test
    void should_draw_the_target_as_a_dashed_line_on_the_healthy_share_axis() {
        String chart = HtmlTags.element(KNOWN, "svg", "trend-chart");
        Map<String, String> target = HtmlTags.all(chart, "line").stream()
                .filter(line -> "target-line".equals(line.get("class"))).findFirst().orElseThrow();
        List<Map<String, String>> points = HtmlTags.all(chart, "circle");

        assertThat(target).containsEntry("data-target", "70").containsEntry("y1", "86"); // 240 - 70% of 220
        assertThat(points).extracting(point -> point.get("data-healthy-percent")).containsExactly("45.0", "51.3", "52.5",
                "57.5");
        assertThat(points.get(3)).containsEntry("cy", "113.5"); // 240 - 57.5% of 220
        assertThat(KNOWN).contains("stroke-dasharray");
    }

    @Test
    void should_show_the_target_panel_below_or_met() {
        assertThat(KNOWN).contains("<div class=\"target below\" data-met=\"false\">", "<span class=\"actual\">57.5%</span>",
                "23 of 40 active companies", "target <strong>70.0%</strong>",
                "Below target by 12.5 points: 5 more companies needed");
        PortfolioReport known = KnownReport.report();
        String met = ReportHtml.render(new PortfolioReport(known.month(), known.generatedAt(), null, known.distribution(),
                HealthTarget.of(java.math.BigDecimal.valueOf(50), known.distribution()), List.of(), List.of(), 15,
                List.of(), List.of(), List.of(), known.happiness(), known.trend()));
        assertThat(met).contains("<div class=\"target met\" data-met=\"true\">", "Target met");
    }

    @Test
    void should_tabulate_movers_drops_at_risk_and_changes_with_the_text_figures() {
        assertThat(section(KNOWN, "movers-up")).contains("globex", "Globex Corp", "58 (+11)", "70.5", "28.25",
                "reinstate").contains("band-STEADY\"></span>Steady &rarr; <span class=\"swatch band-HEALTHY\"></span>Healthy");
        assertThat(section(KNOWN, "movers-down")).contains("hooli", "72 (-9)", "override");
        assertThat(section(KNOWN, "score-drops")).contains("Score drops (15 points or more)", "45 &rarr; 24", "-21",
                "71 &rarr; 52", "-19");
        assertThat(section(KNOWN, "at-risk")).contains("tyrell", "<td class=\"num\">6</td>", "override</span> (rules: Healthy)");
        assertThat(section(KNOWN, "manual-changes")).contains("2026-10-14 09:30", "dana@example.com", "reinstate");
    }

    @Test
    void should_show_the_happiness_mix_with_the_nps_ranges() {
        String happiness = section(KNOWN, "happiness");

        assertThat(happiness).contains("Very Happy</span></td><td>50 to 100</td><td class=\"num\">14</td>"
                + "<td class=\"num\">40.0%</td>", "Not Happy</span></td><td>under -10</td><td class=\"num\">3</td>"
                + "<td class=\"num\">8.6%</td>", "No feedback</td><td>no NPS this month</td><td class=\"num\">5</td>");
    }

    @Test
    void should_say_none_when_a_section_is_empty() {
        for (String id : List.of("movers-up", "movers-down", "score-drops", "at-risk", "manual-changes")) {
            assertThat(section(EMPTY, id)).as(id).contains("<p class=\"none\">none</p>").doesNotContain("<table>");
        }
        assertThat(EMPTY).doesNotContain("rules <code");
    }

    private static String section(String html, String id) {
        return HtmlTags.element(html, "section", id);
    }
}

package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class ReportHtmlTest {
    private static final String KNOWN = ReportHtml.render(KnownReport.report());
    private static final String EMPTY = ReportHtml.render(KnownReport.empty());
    private static final Document KNOWN_PAGE = Jsoup.parse(KNOWN);
    private static final Document EMPTY_PAGE = Jsoup.parse(EMPTY);

    @Test
    void should_be_one_utf8_html5_document_with_its_style_inline() {
        assertThat(KNOWN).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n")
                .contains("<meta charset=\"utf-8\">", "<style>", "</style>", ".band-THRIVING{", "@media print");
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Document page = Jsoup.parse(KNOWN, "", parser);

        assertThat(parser.getErrors()).as("HTML5 parse errors (a second <html>, a stray or misnested tag)").isEmpty();
        for (String tag : List.of("section", "svg", "table", "tr", "td", "g", "ul", "li", "main", "header")) {
            assertThat(page.select(tag)).as("<%s> opened as often as closed", tag)
                    .hasSize(occurrences(KNOWN, "</" + tag + ">"));
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
        String html = ReportHtml.render(new PortfolioReport(known.month(), known.generatedAt(), known.rulesHashes(),
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
        Element chart = KNOWN_PAGE.expectFirst("svg#distribution-chart");
        Elements bars = chart.select("rect");

        assertThat(bars).extracting(bar -> bar.attr("data-band") + "=" + bar.attr("data-count") + " w" + bar.attr("width"))
                .containsExactly("THRIVING=12 w680", "HEALTHY=11 w623.3", "STEADY=11 w623.3", "AT_RISK=5 w283.3",
                        "NONE=1 w56.7", "CHURNED=0 w0");
        assertThat(bars).extracting(bar -> bar.attr("fill")).containsExactly("#2e9d4f", "#e3a21a", "#3b76c4", "#d64541",
                "#9aa0a6", "#000000");
        assertThat(bars).extracting(bar -> bar.attr("class")).containsExactly("band-THRIVING", "band-HEALTHY",
                "band-STEADY", "band-AT_RISK", "band-NONE", "band-CHURNED");
        assertThat(chart.select("text.value").eachText()).containsExactly("12 · 30.0%", "11 · 27.5%", "11 · 27.5%",
                "5 · 12.5%", "1 · 2.5%", "0 · 0.0%");
    }

    @Test
    void should_stack_one_column_per_month_oldest_left_with_heights_as_shares() {
        Element chart = KNOWN_PAGE.expectFirst("svg#trend-chart");
        Elements segments = chart.select("rect");

        assertThat(segments).hasSize(4 * EffectiveBand.values().length);
        assertThat(segments).extracting(segment -> segment.attr("data-month")).containsSubsequence("2026-07", "2026-08",
                "2026-09", "2026-10");
        Element augustChurned = chart.expectFirst("rect[data-month=2026-08][data-band=CHURNED]");
        assertThat(augustChurned.attributes().asList()).extracting(attribute -> attribute.getKey() + "=" + attribute.getValue())
                .contains("data-count=1", "height=5.5"); // 1/40 of 220
        Element octoberThriving = segments.get(18);
        assertThat(octoberThriving.attributes().asList()).extracting(attribute -> attribute.getKey() + "=" + attribute.getValue())
                .contains("data-month=2026-10", "data-band=THRIVING", "data-count=12", "height=66", "y=174");
        assertThat(Double.parseDouble(segments.get(0).attr("x"))).isLessThan(Double.parseDouble(octoberThriving.attr("x")));
        assertThat(chart.select("text").eachText()).contains("2026-07", "2026-10", "45.0%", "51.3%", "57.5%",
                "target 70.0%");
    }

    @Test
    void should_draw_the_target_as_a_dashed_line_on_the_healthy_share_axis() {
        Element chart = KNOWN_PAGE.expectFirst("svg#trend-chart");
        Element target = chart.expectFirst("line.target-line");
        Elements points = chart.select("circle");

        assertThat(target.attr("data-target")).isEqualTo("70");
        assertThat(target.attr("y1")).isEqualTo("86"); // 240 - 70% of 220
        assertThat(points).extracting(point -> point.attr("data-healthy-percent")).containsExactly("45.0", "51.3", "52.5",
                "57.5");
        assertThat(points.get(3).attr("cy")).isEqualTo("113.5"); // 240 - 57.5% of 220
        assertThat(KNOWN).contains("stroke-dasharray");
    }

    @Test
    void should_show_the_target_panel_below_or_met() {
        assertThat(KNOWN).contains("<div class=\"target below\" data-met=\"false\">", "<span class=\"actual\">57.5%</span>",
                "23 of 40 active companies", "target <strong>70.0%</strong>",
                "Below target by 12.5 points: 5 more companies needed");
        PortfolioReport known = KnownReport.report();
        String met = ReportHtml.render(new PortfolioReport(known.month(), known.generatedAt(), List.of(), known.distribution(),
                HealthTarget.of(java.math.BigDecimal.valueOf(50), known.distribution()), List.of(), List.of(), 15,
                List.of(), List.of(), List.of(), known.happiness(), known.trend()));
        assertThat(met).contains("<div class=\"target met\" data-met=\"true\">", "Target met");
    }

    @Test
    void should_tabulate_movers_drops_at_risk_and_changes_with_the_text_figures() {
        Element moversUp = section(KNOWN_PAGE, "movers-up");
        assertThat(moversUp.select("span.company").eachText()).contains("globex");
        assertThat(moversUp.select("span.name").eachText()).contains("Globex Corp");
        assertThat(cells(moversUp)).contains("num:58 (+11)", "num:70.5", "num:28.25", "reinstate");
        assertThat(moversUp.select("tbody tr").get(0).select("td").get(2).html())
                .isEqualTo("<span class=\"swatch band-STEADY\"></span>Steady → <span class=\"swatch band-HEALTHY\"></span>Healthy");
        Element moversDown = section(KNOWN_PAGE, "movers-down");
        assertThat(moversDown.select("span.company").eachText()).contains("hooli");
        assertThat(cells(moversDown)).contains("num:72 (-9)", "override");
        Element scoreDrops = section(KNOWN_PAGE, "score-drops");
        assertThat(scoreDrops.expectFirst("h2").text()).isEqualTo("Score drops (15 points or more)");
        assertThat(cells(scoreDrops)).contains("num:45 → 24", "num:-21", "num:71 → 52", "num:-19");
        Element atRisk = section(KNOWN_PAGE, "at-risk");
        assertThat(atRisk.select("span.company").eachText()).contains("tyrell");
        assertThat(cells(atRisk)).contains("num:6", "override (rules: Healthy)");
        assertThat(atRisk.select("td:has(span.overridden)").eachText()).containsExactly("override (rules: Healthy)");
        assertThat(atRisk.select("span.overridden").eachText()).containsExactly("override");
        assertThat(cells(section(KNOWN_PAGE, "manual-changes"))).contains("2026-10-14 09:30", "dana@example.com",
                "reinstate");
    }

    @Test
    void should_show_the_happiness_mix_with_the_nps_ranges() {
        Element happiness = section(KNOWN_PAGE, "happiness");

        assertThat(happiness.select("tbody tr")).extracting(ReportHtmlTest::cells).contains(
                List.of("Very Happy", "50 to 100", "num:14", "num:40.0%"),
                List.of("Not Happy", "under -10", "num:3", "num:8.6%"),
                List.of("No feedback", "no NPS this month", "num:5", "num:"));
        assertThat(happiness.select("td > span.level").eachText()).contains("Very Happy", "Not Happy");
        assertThat(happiness.select("td:containsOwn(No feedback)")).hasSize(1).allMatch(cell -> cell.children().isEmpty());
    }

    @Test
    void should_say_none_when_a_section_is_empty() {
        for (String id : List.of("movers-up", "movers-down", "score-drops", "at-risk", "manual-changes")) {
            Element section = section(EMPTY_PAGE, id);
            assertThat(section.select("p.none").eachText()).as(id).containsExactly("none");
            assertThat(section.select("table")).as(id).isEmpty();
        }
        assertThat(EMPTY).doesNotContain("rules <code");
    }

    private static Element section(Document page, String id) {
        return page.expectFirst("section#" + id);
    }

    /** The cells of {@code element}'s rows, each as its class and its text: "num:58 (+11)", "wrap:globexGlobex Corp", "reinstate". */
    private static List<String> cells(Element element) {
        return element.select("td").stream()
                .map(cell -> (cell.className().isEmpty() ? "" : cell.className() + ":") + cell.text()).toList();
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}

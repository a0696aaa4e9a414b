package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.testhelper.Chromium;
import io.healthscore.testhelper.ChromiumTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The known report's HTML opened in headless Chromium: what the browser parsed, and what it painted. */
@ChromiumTest
class ReportHtmlInChromiumTest {
    private static final PortfolioReport KNOWN = KnownReport.report();
    private static final Map<EffectiveBand, Integer> FILLS = new EnumMap<>(Map.of(
            EffectiveBand.THRIVING, 0x2e9d4f, EffectiveBand.HEALTHY, 0xe3a21a, EffectiveBand.STEADY, 0x3b76c4,
            EffectiveBand.AT_RISK, 0xd64541, EffectiveBand.NONE, 0x9aa0a6, EffectiveBand.CHURNED, 0x000000));

    @TempDir
    static Path folder;
    private static String dom;
    private static BufferedImage screenshot;

    @BeforeAll
    static void open_the_report_in_chromium() throws IOException {
        Chromium chromium = Chromium.require();
        Path page = Files.writeString(folder.resolve("report.html"), ReportHtml.render(KNOWN), StandardCharsets.UTF_8);
        dom = chromium.dumpDom(page, Files.createDirectories(folder.resolve("dom")));
        screenshot = chromium.screenshot(page, Files.createDirectories(folder.resolve("screenshot")));
    }

    @Test
    void should_hold_the_distribution_chart_with_a_bar_per_band_when_parsed_by_chromium() {
        // Chromium serialises <line .../> as <line ...></line>: this is its DOM, not the file echoed back
        assertThat(dom).contains("</line>");
        List<Element> bars = Jsoup.parse(dom).expectFirst("svg#distribution-chart").select("rect");

        assertThat(bars).extracting(bar -> bar.attr("data-band") + "=" + bar.attr("data-count"))
                .containsExactly("THRIVING=12", "HEALTHY=11", "STEADY=11", "AT_RISK=5", "NONE=1", "CHURNED=0");
    }

    @Test
    void should_hold_a_trend_column_per_month_when_parsed_by_chromium() {
        Element trend = Jsoup.parse(dom).expectFirst("svg#trend-chart");

        assertThat(trend.select("g")).extracting(column -> column.attr("data-month"))
                .containsExactly("2026-07", "2026-08", "2026-09", "2026-10");
        for (Distribution month : KNOWN.trend()) {
            List<Element> segments = trend.select("rect").stream()
                    .filter(segment -> month.month().toString().equals(segment.attr("data-month"))).toList();
            assertThat(segments).extracting(segment -> segment.attr("data-count")).as(month.month().toString())
                    .containsExactlyElementsOf(month.counts().values().stream().map(String::valueOf).toList());
        }
    }

    @Test
    void should_show_the_figures_on_the_page_when_parsed_by_chromium() {
        assertThat(dom).contains("57.5%", "target <strong>70.0%</strong>", "23 of 40 active companies",
                "Below target by 12.5 points: 5 more companies needed", "12 · 30.0%", "11 · 27.5%", "5 · 12.5%",
                "1 · 2.5%", "0 · 0.0%", "globex", "Globex Corp", "58 (+11)", "hooli", "45 → 24", "40.0%", "34.3%");
        // the note's markup stayed text: no <b> element came out of it
        assertThat(dom).contains("Renewal call went badly &lt;b&gt;&amp; champion left&lt;/b&gt;").doesNotContain("<b>");
    }

    @Test
    void should_paint_each_band_bar_in_its_colour_as_long_as_its_count() {
        Map<EffectiveBand, Integer> widths = new EnumMap<>(EffectiveBand.class);
        for (EffectiveBand band : EffectiveBand.values()) {
            if (KNOWN.distribution().count(band) > 0) {
                widths.put(band, Screenshot.barWidth(screenshot, FILLS.get(band)));
            }
        }
        int thriving = widths.get(EffectiveBand.THRIVING);

        assertThat(thriving).as("THRIVING bar, 12 companies, drawn 680 px long").isBetween(678, 681);
        widths.forEach((band, width) -> assertThat(width).as("%s bar against THRIVING's %d px", band, thriving)
                .isCloseTo(thriving * KNOWN.distribution().count(band) / 12, org.assertj.core.data.Offset.offset(2)));
        assertThat(widths.get(EffectiveBand.THRIVING)).isGreaterThan(widths.get(EffectiveBand.AT_RISK) * 2);
    }

    @Test
    void should_paint_no_bar_for_a_band_without_companies() {
        int top = Screenshot.topRow(screenshot, FILLS.get(EffectiveBand.THRIVING));
        int bottom = Screenshot.topRow(screenshot, FILLS.get(EffectiveBand.NONE)) + 20;

        assertThat(Screenshot.pixels(screenshot, FILLS.get(EffectiveBand.CHURNED), top, bottom)).isZero();
        assertThat(Screenshot.pixels(screenshot, FILLS.get(EffectiveBand.AT_RISK), top, bottom)).isPositive();
    }

    @Test
    void should_paint_four_trend_columns_side_by_side() {
        int below = Screenshot.topRow(screenshot, FILLS.get(EffectiveBand.NONE)) + 40;

        assertThat(Screenshot.mostRuns(screenshot, FILLS.get(EffectiveBand.THRIVING), below)).isEqualTo(4);
        assertThat(Screenshot.mostRuns(screenshot, FILLS.get(EffectiveBand.CHURNED), below)).as("churned only in August")
                .isEqualTo(1);
    }
}

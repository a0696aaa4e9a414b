package io.healthscore.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyId;
import io.healthscore.testhelper.Chromium;
import io.healthscore.testhelper.ChromiumTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A known calibration page opened in headless Chromium: 12 AT_RISK assessments of which 6 churned, 20 THRIVING of
 * which none, 3 STEADY (too few), no HEALTHY; two churned companies first AT_RISK 2 and 3 months before churning.
 */
@ChromiumTest
class CalibrationHtmlInChromiumTest {
    private static final YearMonth JULY = YearMonth.of(2026, 7);

    @TempDir
    static Path folder;
    private static String dom;

    @BeforeAll
    static void open_the_page_in_chromium() throws IOException {
        Path page = Files.writeString(folder.resolve("calibration.html"), CalibrationHtml.render(known()),
                StandardCharsets.UTF_8);
        dom = Chromium.require().dumpDom(page, Files.createDirectories(folder.resolve("dom")));
    }

    static CalibrationReport known() {
        List<Scored> assessments = new ArrayList<>();
        for (int index = 0; index < 12; index++) {
            assessments.add(new Scored(CompanyId.of("risk" + index), "smb", JULY, 10, Band.AT_RISK));
        }
        for (int index = 0; index < 20; index++) {
            assessments.add(new Scored(CompanyId.of("fine" + index), "enterprise", JULY, 90, Band.THRIVING));
        }
        for (int index = 0; index < 3; index++) {
            assessments.add(new Scored(CompanyId.of("mid" + index), "smb", JULY, 40, Band.STEADY));
        }
        Map<CompanyId, YearMonth> churns = new java.util.HashMap<>();
        for (int index = 0; index < 6; index++) {
            churns.put(CompanyId.of("risk" + index), index == 0 ? JULY.plusMonths(2) : index == 1 ? JULY.plusMonths(3) : JULY);
        }
        Outcomes outcomes = new Outcomes(churns, List.of(), YearMonth.of(2026, 10), 3);
        return new CalibrationReport(JULY, JULY, 3, YearMonth.of(2026, 10), 0,
                CalibrationSide.of("stored assessments", assessments, outcomes), null);
    }

    @Test
    void should_draw_a_bar_with_its_interval_per_band_when_parsed_by_chromium() {
        List<Element> bars = Jsoup.parse(dom).expectFirst("svg#band-chart").select("rect");

        assertThat(bars).extracting(bar -> bar.attr("data-band") + "=" + bar.attr("data-churned") + "/"
                + bar.attr("data-known") + (bar.hasAttr("data-too-few") ? " too few" : ""))
                .containsExactly("AT_RISK=6/12", "STEADY=0/3 too few", "HEALTHY=0/0 too few", "THRIVING=0/20");
        assertThat(bars.get(0).attr("data-share")).isEqualTo("0.5000");
        assertThat(bars.get(0).attr("data-low")).isEqualTo("0.2538");
        assertThat(bars.get(0).attr("data-high")).isEqualTo("0.7462");
        assertThat(Jsoup.parse(dom).expectFirst("svg#band-chart").select("line.interval")).hasSize(2);
    }

    @Test
    void should_draw_the_lead_time_distribution_when_parsed_by_chromium() {
        List<Element> bars = Jsoup.parse(dom).expectFirst("svg#lead-time-chart").select("rect");

        assertThat(bars).extracting(bar -> bar.attr("data-months") + "=" + bar.attr("data-count"))
                .containsExactly("0=4", "1=0", "2=1", "3=1");
    }

    @Test
    void should_show_the_figures_and_too_few_statements_when_parsed_by_chromium() {
        assertThat(dom).contains("50.0% (6 of 12; 95% CI 25.4%-74.6%)", "too few: 0 churned of 3",
                "0.0% (0 of 20; 95% CI 0.0%-16.1%)", "segment enterprise", "segment smb");
    }
}

package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.Chromium;
import io.healthscore.testhelper.ChromiumTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The known report's month scored to date, opened in headless Chromium: the statement and the marks it shows. */
@ChromiumTest
class ReportProvisionalHtmlInChromiumTest {
    /** The statement's background (style.css), painted nowhere else. */
    private static final int NOTE_FILL = 0xfff8e5;
    private static final int THRIVING_FILL = 0x2e9d4f;

    @TempDir
    static Path folder;
    private static Document dom;
    private static BufferedImage toDate;
    private static BufferedImage known;

    @BeforeAll
    static void open_the_reports_in_chromium() throws IOException {
        Chromium chromium = Chromium.require();
        Path page = Files.writeString(folder.resolve("to-date.html"), ReportHtml.render(KnownProvisionalReport.scoredToDate()),
                StandardCharsets.UTF_8);
        Path knownPage = Files.writeString(folder.resolve("known.html"), ReportHtml.render(KnownReport.report()),
                StandardCharsets.UTF_8);
        dom = Jsoup.parse(chromium.dumpDom(page, Files.createDirectories(folder.resolve("dom"))));
        toDate = chromium.screenshot(page, Files.createDirectories(folder.resolve("to-date")));
        known = chromium.screenshot(knownPage, Files.createDirectories(folder.resolve("known")));
    }

    @Test
    void should_hold_the_statement_and_the_marks_when_parsed_by_chromium() {
        assertThat(dom.select("header p.provisional-note").eachText()).containsExactly("Provisional: 38 of 40"
                + " companies are scored to date, 30 on 2 of 5 weeks and 8 on 1 of 5 weeks; 2 have the month's assessment");
        assertThat(dom.select("section#at-risk span.provisional").eachText())
                .containsExactly("provisional (2 of 5 weeks)", "provisional (2 of 5 weeks)");
        assertThat(dom.select("section#movers-down td:has(span.provisional) span.company").eachText())
                .containsExactly("hooli");
    }

    @Test
    void should_paint_the_statement_above_the_charts_only_when_the_month_has_provisional_scores() {
        int chart = Screenshot.topRow(toDate, THRIVING_FILL);

        assertThat(Screenshot.pixels(toDate, NOTE_FILL, 0, chart)).as("statement box above the distribution chart")
                .isGreaterThan(10_000);
        assertThat(Screenshot.pixels(known, NOTE_FILL, 0, known.getHeight())).isZero();
    }
}

package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The HTML report's statement on a month scored to date, the mark under each company, and the early warnings. */
class ReportProvisionalHtmlTest {
    private static final String TO_DATE = ReportHtml.render(KnownProvisionalReport.scoredToDate());
    private static final Document TO_DATE_PAGE = Jsoup.parse(TO_DATE);
    private static final Document EARLY_PAGE = Jsoup.parse(ReportHtml.render(KnownProvisionalReport.withEarlyWarnings()));
    private static final Document KNOWN_PAGE = Jsoup.parse(ReportHtml.render(KnownReport.report()));

    @Test
    void should_state_in_the_header_how_many_companies_are_scored_to_date_when_the_month_has_provisional_scores() {
        assertThat(TO_DATE_PAGE.select("header p.provisional-note").eachText()).containsExactly("Provisional: 38 of 40"
                + " companies are scored to date, 30 on 2 of 5 weeks and 8 on 1 of 5 weeks; 2 have the month's assessment");
        assertThat(KNOWN_PAGE.select("p.provisional-note")).isEmpty();
        Parser parser = Parser.htmlParser().setTrackErrors(20);
        Jsoup.parse(TO_DATE, "", parser);
        assertThat(parser.getErrors()).isEmpty();
    }

    @Test
    void should_mark_each_company_listed_on_a_provisional_score_under_its_name() {
        assertThat(marked(TO_DATE_PAGE, "movers-up")).containsExactly("globex: provisional (2 of 5 weeks)");
        assertThat(marked(TO_DATE_PAGE, "movers-down")).containsExactly("hooli: provisional (1 of 5 weeks)");
        assertThat(marked(TO_DATE_PAGE, "score-drops")).containsExactly("wonka: provisional (2 of 5 weeks)");
        assertThat(marked(TO_DATE_PAGE, "at-risk")).containsExactly("soylent: provisional (2 of 5 weeks)",
                "wonka: provisional (2 of 5 weeks)");
        assertThat(marked(TO_DATE_PAGE, "low-confidence")).containsExactly("tyrell: provisional (1 of 5 weeks)");
        assertThat(KNOWN_PAGE.select("span.provisional")).isEmpty();
    }

    @Test
    void should_list_the_next_months_companies_at_risk_to_date_after_the_at_risk_list_when_there_are_any() {
        List<String> ids = EARLY_PAGE.select("section").eachAttr("id");
        Element early = EARLY_PAGE.expectFirst("section#early-warning");

        assertThat(ids).containsSubsequence("at-risk", "early-warning", "manual-changes");
        assertThat(early.expectFirst("h2").text()).isEqualTo("Early warning: scored to date in 2026-11");
        assertThat(early.select("th").eachText()).contains("Band in 2026-10", "Weeks used");
        assertThat(early.select("tbody tr")).extracting(row -> row.select("td").eachText()).containsExactly(
                List.of("starkStark", "erin", "15", "At Risk", "1 of 5 weeks", "No data"),
                List.of("vandelayVandelay Industries", "-", "22", "At Risk", "2 of 5 weeks", "Steady"),
                List.of("umbrella", "-", "22", "At Risk", "2 of 5 weeks", "not in the month"));
        assertThat(KNOWN_PAGE.select("section#early-warning")).isEmpty();
        assertThat(TO_DATE_PAGE.select("section#early-warning")).isEmpty();
    }

    /** "company: mark" for each row of the section whose company carries the provisional mark. */
    private static List<String> marked(Document page, String section) {
        return page.expectFirst("section#" + section).select("tbody tr:has(span.provisional)").stream()
                .map(row -> row.expectFirst("span.company").text() + ": " + row.expectFirst("span.provisional").text())
                .toList();
    }
}

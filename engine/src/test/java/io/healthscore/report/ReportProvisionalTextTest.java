package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text report says how much of its month is scored to date, marks those companies, and warns of the next month. */
class ReportProvisionalTextTest {
    private static final String TO_DATE = ReportText.render(KnownProvisionalReport.scoredToDate());
    private static final String EARLY = ReportText.render(KnownProvisionalReport.withEarlyWarnings());
    private static final String KNOWN = ReportText.render(KnownReport.report());

    @Test
    void should_say_under_the_heading_how_many_companies_are_scored_to_date_when_the_month_has_provisional_scores() {
        assertThat(TO_DATE.lines().skip(2).findFirst()).hasValue("Provisional: 38 of 40 companies are scored to date,"
                + " 30 on 2 of 5 weeks and 8 on 1 of 5 weeks; 2 have the month's assessment");
        assertThat(KNOWN).doesNotContain("rovisional");
        assertThat(KNOWN.lines().skip(2).findFirst()).hasValue("");
    }

    @Test
    void should_mark_each_company_listed_on_a_provisional_score_with_its_weeks() {
        assertThat(ReportTextTest.section(TO_DATE, "Movers up")).anySatisfy(line -> assertThat(line)
                .startsWith("  globex ").endsWith("  provisional (2 of 5 weeks)"))
                .anySatisfy(line -> assertThat(line).startsWith("  initech ").doesNotContain("provisional"));
        assertThat(ReportTextTest.section(TO_DATE, "Movers down")).anySatisfy(line -> assertThat(line)
                .startsWith("  hooli ").endsWith("  provisional (1 of 5 weeks)"));
        assertThat(ReportTextTest.section(TO_DATE, "Score drops (15 points or more)"))
                .anySatisfy(line -> assertThat(line).startsWith("  wonka ").endsWith("  provisional (2 of 5 weeks)"))
                .anySatisfy(line -> assertThat(line).startsWith("  vandelay ").doesNotContain("provisional"));
        assertThat(ReportTextTest.section(TO_DATE, "At risk"))
                .anySatisfy(line -> assertThat(line).startsWith("  soylent ")
                        .endsWith("  overridden (rules: HEALTHY); provisional (2 of 5 weeks)"))
                .anySatisfy(line -> assertThat(line).startsWith("  wonka ").endsWith("  provisional (2 of 5 weeks)"))
                .anySatisfy(line -> assertThat(line).startsWith("  tyrell ").doesNotContain("provisional"));
        assertThat(ReportTextTest.section(TO_DATE, "Low-confidence scores (2)"))
                .anySatisfy(line -> assertThat(line).startsWith("  tyrell ").endsWith("  provisional (1 of 5 weeks)"))
                .anySatisfy(line -> assertThat(line).startsWith("  wonka ").endsWith("3 of 4 weeks have data"));
        assertThat(TO_DATE.lines()).noneMatch(line -> line.endsWith(" "));
    }

    @Test
    void should_list_the_next_months_companies_at_risk_to_date_after_the_at_risk_list_when_there_are_any() {
        List<String> titles = EARLY.lines().filter(line -> !line.isEmpty() && !line.startsWith(" ")).skip(2).toList();

        assertThat(titles).containsSubsequence("At risk", "Early warning: scored to date in 2026-11", "Manual changes");
        assertThat(ReportTextTest.section(EARLY, "Early warning: scored to date in 2026-11")).containsExactly(
                "  company   name                 owner  score  band     weeks used    band in 2026-10",
                "  stark     Stark                erin      15  AT_RISK  1 of 5 weeks  NONE",
                "  vandelay  Vandelay Industries  -         22  AT_RISK  2 of 5 weeks  STEADY",
                "  umbrella  -                    -         22  AT_RISK  2 of 5 weeks  -");
        assertThat(KNOWN).doesNotContain("Early warning");
        assertThat(EARLY).doesNotContain("Provisional:");
    }
}

package io.healthscore.report;

import static io.healthscore.report.KnownProvisionalReport.ONE_OF_FIVE;
import static io.healthscore.report.KnownProvisionalReport.TWO_OF_FIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.healthscore.assessment.ProvisionalWeeks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the report says of a month shown partly or wholly on month-to-date scores. */
class ProvisionalStatementTest {

    @Test
    void should_name_the_weeks_once_and_say_the_month_is_not_run_when_every_company_used_the_same_weeks() {
        ProvisionalShare share = new ProvisionalShare(812, 0, List.of(new ProvisionalShare.WeeksUsed(TWO_OF_FIVE, 812)));

        assertThat(Figures.provisional(share, 1_000))
                .isEqualTo("Provisional: 812 of 1000 companies are scored to date on 2 of 5 weeks; the month is not run yet");
    }

    @Test
    void should_count_the_companies_of_each_week_count_most_weeks_first_when_they_differ() {
        ProvisionalShare share = new ProvisionalShare(6, 0, List.of(new ProvisionalShare.WeeksUsed(new ProvisionalWeeks(3, 5), 1),
                new ProvisionalShare.WeeksUsed(TWO_OF_FIVE, 3), new ProvisionalShare.WeeksUsed(ONE_OF_FIVE, 2)));

        assertThat(Figures.provisional(share, 6)).isEqualTo("Provisional: 6 of 6 companies are scored to date,"
                + " 1 on 3 of 5 weeks, 3 on 2 of 5 weeks and 2 on 1 of 5 weeks; the month is not run yet");
    }

    @Test
    void should_say_how_many_have_the_months_assessment_when_some_do() {
        ProvisionalShare share = new ProvisionalShare(1, 1, List.of(new ProvisionalShare.WeeksUsed(ONE_OF_FIVE, 1)));

        assertThat(Figures.provisional(share, 1)).isEqualTo("Provisional: 1 of 1 company is scored to date on"
                + " 1 of 5 weeks; 1 has the month's assessment");
    }

    @Test
    void should_mark_a_listed_company_with_the_weeks_its_score_used() {
        assertThat(Figures.provisional(TWO_OF_FIVE)).isEqualTo("provisional (2 of 5 weeks)");
        assertThat(Figures.provisional((ProvisionalWeeks) null)).isEmpty();
    }

    @Test
    void should_reject_a_share_whose_counts_disagree() {
        assertThatThrownBy(() -> new ProvisionalShare(5, 0, List.of(new ProvisionalShare.WeeksUsed(ONE_OF_FIVE, 4))))
                .hasMessageContaining("companies is 5 but byWeeks counts 4");
        assertThatThrownBy(() -> new ProvisionalShare(0, 3, List.of()))
                .hasMessageContaining("1 or more");
    }
}

package io.healthscore.scoring;

import static io.healthscore.testhelper.DefaultRules.score;
import static io.healthscore.testhelper.DefaultRules.week;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.Previous;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Contract 2.5: the drivers are the month's average login, adoption and NPS (NPS over the weeks that have it),
 * the number of weeks with data and the change of score against the previous assessment.
 */
class DriversTest {

    @Test
    void should_average_login_and_adoption_over_the_weeks_of_the_month() {
        Drivers drivers = score("2026-10", Previous.NONE,
                week("acme", "2026-09-28", "70", "55", null),
                week("acme", "2026-10-05", "70.5", "55", null),
                week("acme", "2026-10-12", "70.5", "55", null),
                week("acme", "2026-10-19", "70", "55", null)).drivers();

        assertThat(drivers.login()).isEqualByComparingTo("70.25");
        assertThat(drivers.adoption()).isEqualByComparingTo("55");
        assertThat(drivers.weeks()).isEqualTo(4);
    }

    @Test
    void should_average_nps_over_the_weeks_that_have_it_when_some_weeks_have_none() {
        Drivers drivers = score("2026-10", Previous.NONE,
                week("acme", "2026-09-28", "50", "50", "10"),
                week("acme", "2026-10-05", "50", "50", null),
                week("acme", "2026-10-12", "50", "50", "20"),
                week("acme", "2026-10-19", "50", "50", null)).drivers();

        assertThat(drivers.nps()).isEqualByComparingTo("15");
    }

    @Test
    void should_give_no_nps_when_no_week_has_it() {
        Drivers drivers = score("2026-10", Previous.NONE,
                week("acme", "2026-10-05", "50", "50", null),
                week("acme", "2026-10-12", "50", "50", null)).drivers();

        assertThat(drivers.nps()).isNull();
        assertThat(drivers.login()).isEqualByComparingTo("50");
    }

    @Test
    void should_average_nps_extremes_when_they_cancel_out() {
        Drivers drivers = score("2026-10", Previous.NONE,
                week("acme", "2026-10-05", "50", "50", "-100"),
                week("acme", "2026-10-12", "50", "50", "100"),
                week("acme", "2026-10-19", "50", "50", "-100")).drivers();

        // the contract fixes no driver precision: -33.33... to at least two decimals
        assertThat(drivers.nps()).isCloseTo(new BigDecimal("-33.3333"), within(new BigDecimal("0.01")));
    }

    @Test
    void should_count_only_the_weeks_with_data_when_weeks_are_missing() {
        Drivers drivers = score("2026-10", Previous.NONE,
                week("acme", "2026-10-05", "50", "50", null),
                week("acme", "2026-10-19", "50", "50", null)).drivers();

        assertThat(drivers.weeks()).isEqualTo(2);
    }

    @Test
    void should_give_the_change_against_the_previous_score_when_the_score_rose() {
        Assessment assessment = score("2026-10", new Previous(Band.STEADY, 47), week("acme", "2026-10-05", "63", "63", null));

        assertThat(assessment.drivers().change()).isEqualTo(16);
    }

    @Test
    void should_give_a_negative_change_when_the_score_fell() {
        Assessment assessment = score("2026-10", new Previous(Band.THRIVING, 80), week("acme", "2026-10-05", "61", "61", null));

        assertThat(assessment.drivers().change()).isEqualTo(-19);
    }

    @Test
    void should_give_a_change_of_the_rounded_scores_when_the_mean_has_a_fraction() {
        // mean 62.5 rounds to 63: the change is 63 - 47, not 62.5 - 47
        Assessment assessment = score("2026-10", new Previous(Band.STEADY, 47),
                week("acme", "2026-10-05", "62.5", "62.5", null));

        assertThat(assessment.drivers().change()).isEqualTo(16);
    }

    @Test
    void should_give_no_change_when_there_is_no_previous_score() {
        Assessment assessment = score("2026-10", Previous.NONE, week("acme", "2026-10-05", "63", "63", null));

        assertThat(assessment.drivers().change()).isNull();
    }
}

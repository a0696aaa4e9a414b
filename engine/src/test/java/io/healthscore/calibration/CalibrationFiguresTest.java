package io.healthscore.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyId;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CalibrationFiguresTest {
    private static final YearMonth JULY = YearMonth.of(2026, 7);

    private static Scored scored(String company, YearMonth month, Integer score, Band band) {
        return new Scored(CompanyId.of(company), null, month, score, band);
    }

    @Test
    void should_put_scores_in_ten_point_deciles_with_100_in_the_last() {
        assertThat(Calibration.decile(0)).isZero();
        assertThat(Calibration.decile(9)).isZero();
        assertThat(Calibration.decile(10)).isEqualTo(1);
        assertThat(Calibration.decile(99)).isEqualTo(9);
        assertThat(Calibration.decile(100)).isEqualTo(9);
        assertThat(Calibration.decileName(9)).isEqualTo("90-100");
    }

    @Test
    void should_count_churn_in_the_assessed_month_up_to_the_horizon_when_labelling() {
        Outcomes outcomes = new Outcomes(Map.of(CompanyId.of("gone"), YearMonth.of(2026, 10)), List.of(),
                YearMonth.of(2026, 12), 2);

        assertThat(outcomes.label(CompanyId.of("gone"), YearMonth.of(2026, 8))).isEqualTo(Label.CHURNED);
        assertThat(outcomes.label(CompanyId.of("gone"), YearMonth.of(2026, 10))).isEqualTo(Label.CHURNED);
        assertThat(outcomes.label(CompanyId.of("gone"), JULY)).as("churn after the horizon").isEqualTo(Label.NOT_CHURNED);
        assertThat(outcomes.label(CompanyId.of("gone"), YearMonth.of(2026, 11))).as("after churn")
                .isEqualTo(Label.CENSORED);
    }

    @Test
    void should_censor_when_the_horizon_has_not_passed_and_no_renewal_is_known() {
        Outcomes outcomes = new Outcomes(Map.of(), List.of(new Outcome(CompanyId.of("kept"), YearMonth.of(2026, 11),
                Outcome.Kind.renewed)), YearMonth.of(2026, 10), 3);

        assertThat(outcomes.label(CompanyId.of("open"), JULY)).as("horizon passed by October").isEqualTo(Label.NOT_CHURNED);
        assertThat(outcomes.label(CompanyId.of("open"), YearMonth.of(2026, 8))).isEqualTo(Label.CENSORED);
        assertThat(outcomes.label(CompanyId.of("kept"), YearMonth.of(2026, 9))).as("renewed since")
                .isEqualTo(Label.NOT_CHURNED);
    }

    @Test
    void should_count_the_earliest_churn_when_the_store_and_the_file_both_mark_one() {
        Outcomes outcomes = new Outcomes(Map.of(CompanyId.of("gone"), YearMonth.of(2026, 12)),
                List.of(new Outcome(CompanyId.of("gone"), YearMonth.of(2026, 9), Outcome.Kind.churned)),
                YearMonth.of(2026, 12), 1);

        assertThat(outcomes.label(CompanyId.of("gone"), YearMonth.of(2026, 8))).isEqualTo(Label.CHURNED);
    }

    @Test
    void should_leave_out_months_without_a_score_and_measure_lead_time_from_the_first_at_risk() {
        Outcomes outcomes = new Outcomes(Map.of(CompanyId.of("gone"), YearMonth.of(2026, 10)), List.of(),
                YearMonth.of(2026, 10), 3);

        Figures figures = Calibration.figures(List.of(scored("gone", JULY, 60, Band.HEALTHY),
                scored("gone", YearMonth.of(2026, 8), 20, Band.AT_RISK), scored("gone", YearMonth.of(2026, 9), 10,
                        Band.AT_RISK), scored("gone", YearMonth.of(2026, 10), null, Band.NONE),
                scored("stayed", JULY, 80, Band.THRIVING)), outcomes);

        assertThat(figures.unscored()).isEqualTo(1);
        assertThat(figures.churned()).isEqualTo(3);
        assertThat(figures.notChurned()).isEqualTo(1);
        assertThat(figures.bands().get(0)).isEqualTo(new Rate("AT_RISK", 2, 2));
        assertThat(figures.deciles().get(6)).isEqualTo(new Rate("60-69", 1, 1));
        assertThat(figures.leadTimes().months()).containsExactly(Map.entry(CompanyId.of("gone"), 2));
    }

    @Test
    void should_count_a_provisional_at_risk_as_the_first_warning_when_it_came_before_any_monthly_one() {
        CompanyId early = CompanyId.of("early");
        CompanyId late = CompanyId.of("late");
        CompanyId only = CompanyId.of("only");
        CompanyId after = CompanyId.of("after");
        Outcomes outcomes = new Outcomes(Map.of(early, YearMonth.of(2026, 10), late, YearMonth.of(2026, 10), only,
                YearMonth.of(2026, 10), after, YearMonth.of(2026, 8)), List.of(), YearMonth.of(2026, 10), 3);
        List<Scored> assessments = List.of(scored("early", JULY, 60, Band.HEALTHY),
                scored("early", YearMonth.of(2026, 9), 20, Band.AT_RISK),
                scored("late", YearMonth.of(2026, 8), 20, Band.AT_RISK),
                scored("after", JULY, 60, Band.HEALTHY));
        List<Warning> warnings = List.of(new Warning(early, null, JULY),
                // a month-to-date AT_RISK after a monthly one moves nothing
                new Warning(late, null, YearMonth.of(2026, 9)),
                // never assessed before its churn, but warned to date
                new Warning(only, null, YearMonth.of(2026, 10)),
                // warned after its churn: no warning
                new Warning(after, null, YearMonth.of(2026, 9)));

        LeadTimes leadTimes = Calibration.figures(assessments, warnings, outcomes).leadTimes();

        assertThat(leadTimes.months()).containsOnly(Map.entry(early, 3), Map.entry(late, 2), Map.entry(only, 0));
        assertThat(leadTimes.provisionalFirst()).containsExactly(early, only);
        assertThat(leadTimes.unwarned()).containsExactly(after);
        assertThat(Calibration.figures(assessments, outcomes).leadTimes().months())
                .containsOnly(Map.entry(early, 1), Map.entry(late, 2));
    }

    @Test
    void should_state_too_few_with_counts_when_a_cell_has_fewer_than_ten_outcomes() {
        assertThat(new Rate("AT_RISK", 2, 7).describe()).isEqualTo("too few: 2 churned of 7");
        assertThat(new Rate("AT_RISK", 5, 10).describe()).isEqualTo("50.0% (5 of 10; 95% CI 23.7%-76.3%)");
    }
}

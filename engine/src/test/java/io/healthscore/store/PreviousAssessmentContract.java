package io.healthscore.store;

import static io.healthscore.store.Assessments.assessment;
import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract 2.4: the previous assessment is the company's latest assessment of an earlier month. */
abstract class PreviousAssessmentContract extends StoreContract {
    private static final CompanyId ACME = CompanyId.of("acme");

    private AssessmentRepository assessments;

    PreviousAssessmentContract(TestStore kind) {
        super(kind);
    }

    @BeforeEach
    void knowAcmeAndBeta() {
        knownCompanies("acme", "beta");
        assessments = new AssessmentRepository(database);
    }

    @Test
    void should_be_none_when_the_company_has_no_assessment() {
        assertThat(assessments.earlier(ACME, YearMonth.parse("2026-10")).previous()).isEqualTo(Previous.NONE);
    }

    @Test
    void should_be_the_latest_earlier_month_when_months_before_and_after_are_assessed() {
        assessments.save(List.of(assessment("acme", "2026-07", 90, Band.THRIVING),
                assessment("acme", "2026-08", 45, Band.STEADY),
                assessment("acme", "2026-10", 63, Band.HEALTHY),
                assessment("acme", "2026-12", 10, Band.AT_RISK)), NOW);

        assertThat(assessments.earlier(ACME, YearMonth.parse("2026-09")).previous()).isEqualTo(new Previous(Band.STEADY, 45));
        assertThat(assessments.earlier(ACME, YearMonth.parse("2026-11")).previous()).isEqualTo(new Previous(Band.HEALTHY, 63));
        assertThat(assessments.earlier(ACME, YearMonth.parse("2027-05")).previous()).isEqualTo(new Previous(Band.AT_RISK, 10));
    }

    @Test
    void should_ignore_the_month_itself_when_it_is_assessed_already() {
        assessments.save(List.of(assessment("acme", "2026-09", 45, Band.STEADY),
                assessment("acme", "2026-10", 63, Band.HEALTHY)), NOW);

        assertThat(assessments.earlier(ACME, YearMonth.parse("2026-10")).previous()).isEqualTo(new Previous(Band.STEADY, 45));
        assertThat(assessments.earlier(ACME, YearMonth.parse("2026-09")).previous()).isEqualTo(Previous.NONE);
    }

    @Test
    void should_compare_months_across_a_year_end_when_the_earlier_one_is_in_december() {
        assessments.save(List.of(assessment("acme", "2025-12", 45, Band.STEADY),
                assessment("acme", "2025-02", 90, Band.THRIVING)), NOW);

        assertThat(assessments.earlier(ACME, YearMonth.parse("2026-01")).previous()).isEqualTo(new Previous(Band.STEADY, 45));
    }

    @Test
    void should_be_a_none_band_without_score_when_the_latest_earlier_month_had_no_data() {
        assessments.save(List.of(assessment("acme", "2026-08", 45, Band.STEADY),
                assessment("acme", "2026-09", null, Band.NONE)), NOW);

        assertThat(assessments.earlier(ACME, YearMonth.parse("2026-10")).previous()).isEqualTo(new Previous(Band.NONE, null));
    }

    @Test
    void should_ignore_other_companies_when_they_have_later_assessments() {
        assessments.save(List.of(assessment("acme", "2026-08", 45, Band.STEADY),
                assessment("beta", "2026-09", 90, Band.THRIVING)), NOW);

        assertThat(assessments.earlier(ACME, YearMonth.parse("2026-10")).previous()).isEqualTo(new Previous(Band.STEADY, 45));
        assertThat(assessments.earlier(CompanyId.of("beta"), YearMonth.parse("2026-09")).previous()).isEqualTo(Previous.NONE);
    }

    @Test
    void should_see_the_replacement_when_an_earlier_month_was_scored_again() {
        assessments.save(List.of(assessment("acme", "2026-09", 45, Band.STEADY)), NOW);
        assessments.save(List.of(assessment("acme", "2026-09", 80, Band.THRIVING)), NOW.plusSeconds(60));

        assertThat(assessments.earlier(ACME, YearMonth.parse("2026-10")).previous()).isEqualTo(new Previous(Band.THRIVING, 80));
    }
}

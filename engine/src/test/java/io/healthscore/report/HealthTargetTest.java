package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthTargetTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Test
    void should_be_below_with_gap_and_companies_short_when_the_share_is_under_target() {
        HealthTarget target = HealthTarget.of(new BigDecimal("70"), KnownReport.distribution(OCTOBER, 12, 11, 11, 5, 1, 0));

        assertThat(target.actualPercent()).isEqualTo(new BigDecimal("57.5"));
        assertThat(target.met()).isFalse();
        assertThat(target.gap()).isEqualByComparingTo("-12.5");
        assertThat(target.companiesShort()).isEqualTo(5);
    }

    @Test
    void should_be_met_with_a_positive_gap_when_the_share_is_above_target() {
        HealthTarget target = HealthTarget.of(new BigDecimal("50"), KnownReport.distribution(OCTOBER, 12, 11, 11, 5, 1, 0));

        assertThat(target.met()).isTrue();
        assertThat(target.gap()).isEqualByComparingTo("7.5");
        assertThat(target.companiesShort()).isZero();
    }

    @ParameterizedTest(name = "target {0}, {1} of {2} healthy -> met {3}, short {4}")
    @CsvSource({
            "70, 7, 10, true, 0",
            "70, 6, 10, false, 1",
            "70.1, 7, 10, false, 1", // 7.01 companies needed: the eighth
            "66.7, 2, 3, false, 1", // 2 of 3 is 66.67%, shown 66.7, yet 2.001 companies are needed
            "66.6, 2, 3, true, 0",
            "100, 39, 40, false, 1",
            "0, 0, 40, true, 0",
            "70, 0, 0, true, 0"})
    void should_compare_the_exact_share_when_deciding_met_and_companies_short(String percent, int healthy, int active,
            boolean met, int companiesShort) {
        HealthTarget target = new HealthTarget(new BigDecimal(percent), healthy, active, Percent.of(healthy, active));

        assertThat(target.met()).isEqualTo(met);
        assertThat(target.companiesShort()).isEqualTo(companiesShort);
    }

    @ParameterizedTest
    @CsvSource({"-0.1", "100.1", "150"})
    void should_reject_a_target_outside_0_to_100_naming_the_range(String percent) {
        assertThatThrownBy(() -> HealthTarget.of(new BigDecimal(percent), KnownReport.distribution(OCTOBER, 1, 0, 0, 0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(percent).hasMessageContaining("0 to 100");
    }

    @Test
    void should_reject_an_actual_percent_that_is_not_healthy_of_active() {
        assertThatThrownBy(() -> new HealthTarget(new BigDecimal("70"), 23, 40, new BigDecimal("60.0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("23 of 40");
    }
}

package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.healthscore.assessment.EffectiveBand;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DistributionTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Test
    void should_hold_every_band_with_zero_when_a_band_is_missing() {
        Distribution distribution = new Distribution(OCTOBER, Map.of(EffectiveBand.HEALTHY, 2, EffectiveBand.STEADY, 1));

        assertThat(distribution.counts()).containsOnlyKeys(EffectiveBand.values());
        assertThat(distribution.count(EffectiveBand.THRIVING)).isZero();
        assertThat(distribution.count(EffectiveBand.CHURNED)).isZero();
        assertThat(distribution.total()).isEqualTo(3);
        assertThat(distribution.percent(EffectiveBand.HEALTHY)).isEqualTo(new BigDecimal("66.7"));
        assertThat(distribution.percent(EffectiveBand.STEADY)).isEqualTo(new BigDecimal("33.3"));
        assertThat(distribution.counts().keySet()).containsExactly(EffectiveBand.values());
    }

    @Test
    void should_count_every_band_of_the_known_month() {
        Distribution distribution = KnownReport.distribution(OCTOBER, 12, 11, 11, 5, 1, 0);

        assertThat(distribution.total()).isEqualTo(40);
        assertThat(distribution.percent(EffectiveBand.THRIVING)).isEqualTo(new BigDecimal("30.0"));
        assertThat(distribution.percent(EffectiveBand.HEALTHY)).isEqualTo(new BigDecimal("27.5"));
        assertThat(distribution.percent(EffectiveBand.AT_RISK)).isEqualTo(new BigDecimal("12.5"));
        assertThat(distribution.percent(EffectiveBand.NONE)).isEqualTo(new BigDecimal("2.5"));
        assertThat(distribution.percent(EffectiveBand.CHURNED)).isEqualTo(new BigDecimal("0.0"));
        assertThat(distribution.healthy()).isEqualTo(23);
        assertThat(distribution.healthyPercent()).isEqualTo(new BigDecimal("57.5"));
    }

    @Test
    void should_measure_the_healthy_share_on_active_companies_when_some_churned() {
        Distribution distribution = KnownReport.distribution(OCTOBER, 9, 11, 12, 6, 1, 1);

        assertThat(distribution.active()).isEqualTo(39);
        assertThat(distribution.healthyPercent()).isEqualTo(new BigDecimal("51.3"));
        assertThat(distribution.percent(EffectiveBand.CHURNED)).isEqualTo(new BigDecimal("2.5"));
    }

    @Test
    void should_give_zero_percent_when_there_are_no_companies() {
        Distribution distribution = new Distribution(OCTOBER, Map.of());

        assertThat(distribution.total()).isZero();
        assertThat(distribution.percent(EffectiveBand.HEALTHY)).isEqualTo(new BigDecimal("0.0"));
        assertThat(distribution.healthyPercent()).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void should_count_bands_one_per_company_when_built_from_bands() {
        Distribution distribution = Distribution.of(OCTOBER, List.of(EffectiveBand.AT_RISK, EffectiveBand.AT_RISK,
                EffectiveBand.CHURNED));

        assertThat(distribution.count(EffectiveBand.AT_RISK)).isEqualTo(2);
        assertThat(distribution.count(EffectiveBand.CHURNED)).isEqualTo(1);
        assertThat(distribution.active()).isEqualTo(2);
    }

    @Test
    void should_reject_a_negative_count_naming_the_band() {
        assertThatThrownBy(() -> new Distribution(OCTOBER, Map.of(EffectiveBand.STEADY, -1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("STEADY").hasMessageContaining("0 or more");
    }

    @Test
    void should_not_let_the_counts_be_changed_afterwards() {
        Distribution distribution = new Distribution(OCTOBER, Map.of(EffectiveBand.STEADY, 1));

        assertThatThrownBy(() -> distribution.counts().put(EffectiveBand.STEADY, 5))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}

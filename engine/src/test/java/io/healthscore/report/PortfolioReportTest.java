package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioReportTest {
    private static final PortfolioReport KNOWN = KnownReport.report();

    @Test
    void should_count_every_company_of_the_month_when_built_from_known_data() {
        assertThat(KNOWN.companies()).isEqualTo(40);
        assertThat(KNOWN.trend()).hasSize(4).last().isEqualTo(KNOWN.distribution());
    }

    @Test
    void should_copy_its_lists_so_the_caller_cannot_change_them() {
        List<Mover> up = new ArrayList<>(KNOWN.moversUp());
        PortfolioReport report = with(up, KNOWN.moversDown(), KNOWN.trend());
        up.clear();

        assertThat(report.moversUp()).hasSize(3);
        assertThatThrownBy(() -> report.atRisk().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_reject_a_move_down_among_the_movers_up() {
        assertThatThrownBy(() -> with(KNOWN.moversDown(), List.of(), KNOWN.trend()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("moversUp").hasMessageContaining("hooli THRIVING -> HEALTHY");
    }

    @Test
    void should_reject_a_trend_that_does_not_end_with_this_month() {
        assertThatThrownBy(() -> with(KNOWN.moversUp(), KNOWN.moversDown(), KNOWN.trend().subList(0, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trend must end with this month");
    }

    @Test
    void should_reject_a_trend_out_of_order() {
        List<Distribution> trend = List.of(KNOWN.trend().get(1), KNOWN.trend().get(0), KNOWN.distribution());

        assertThatThrownBy(() -> with(KNOWN.moversUp(), KNOWN.moversDown(), trend))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oldest first");
    }

    @Test
    void should_reject_a_target_measured_on_another_distribution() {
        HealthTarget other = HealthTarget.of(BigDecimal.TEN, KnownReport.distribution(KnownReport.MONTH, 1, 0, 0, 0, 0, 0));

        assertThatThrownBy(() -> new PortfolioReport(KNOWN.month(), KNOWN.generatedAt(), List.of(), KNOWN.distribution(), other,
                List.of(), List.of(), 15, List.of(), List.of(), List.of(), KNOWN.happiness(), KNOWN.trend()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target counts 1 of 1");
    }

    @Test
    void should_reject_values_that_cannot_be_true() {
        assertThatThrownBy(() -> new ScoreDrop("acme", null, 40, 45, EffectiveBand.STEADY, Drivers.NO_DATA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("below previousScore 40");
        assertThatThrownBy(() -> new AtRiskCompany("acme", null, null, 20, Band.AT_RISK, false, 0, Drivers.NO_DATA))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monthsAtRisk");
        assertThatThrownBy(() -> new ManualChange(KNOWN.generatedAt(), " ", YearMonth.of(2026, 10), "override", null,
                null, EffectiveBand.STEADY, EffectiveBand.AT_RISK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("company");
    }

    private static PortfolioReport with(List<Mover> up, List<Mover> down, List<Distribution> trend) {
        return new PortfolioReport(KNOWN.month(), KNOWN.generatedAt(), KNOWN.rulesHashes(), KNOWN.distribution(),
                KNOWN.target(), up, down, KNOWN.dropThreshold(), KNOWN.scoreDrops(), KNOWN.atRisk(),
                KNOWN.manualChanges(), KNOWN.happiness(), trend);
    }
}

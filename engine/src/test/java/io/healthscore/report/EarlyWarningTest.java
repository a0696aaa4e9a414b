package io.healthscore.report;

import static io.healthscore.report.KnownProvisionalReport.ONE_OF_FIVE;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.healthscore.assessment.EffectiveBand;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlyWarningTest {

    @Test
    void should_reject_a_company_the_reported_month_already_shows_at_risk() {
        assertThatThrownBy(() -> new EarlyWarning("acme", null, null, 20, EffectiveBand.AT_RISK, ONE_OF_FIVE,
                EffectiveBand.AT_RISK)).hasMessageContaining("early warning acme: already AT_RISK in the reported month");
    }

    @Test
    void should_reject_a_band_to_date_other_than_at_risk() {
        assertThatThrownBy(() -> new EarlyWarning("acme", null, null, 40, EffectiveBand.STEADY, ONE_OF_FIVE,
                EffectiveBand.HEALTHY)).hasMessageContaining("band must be AT_RISK, was STEADY");
    }

    @Test
    void should_reject_a_report_with_more_provisional_and_assessed_companies_than_it_counts() {
        PortfolioReport known = KnownReport.report();

        assertThatThrownBy(() -> new PortfolioReport(known.month(), known.generatedAt(), known.rulesHashes(),
                known.distribution(), known.target(), known.moversUp(), known.moversDown(), 15, known.scoreDrops(),
                known.atRisk(), known.manualChanges(), known.happiness(), known.trend(), List.of(),
                new ProvisionalShare(40, 1, List.of(new ProvisionalShare.WeeksUsed(ONE_OF_FIVE, 40))), List.of()))
                .hasMessageContaining("40 provisional and 1 assessed companies are more than the 40");
    }
}

package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.company.Company;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One company in the month's list view: its assessment of the month (null score and band for a churned company
 * without one), the band it is shown in ({@code shown}: the effective band, or CHURNED), the override behind it
 * and the hash of the rule set that scored it (null without an assessment).
 */
public record PortfolioRow(Company company, YearMonth month, Integer score, Band band, EffectiveBand shown, Long overrideId,
        Band previousBand, Integer previousScore, Drivers drivers, String rulesHash) {
    public PortfolioRow {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(drivers, "drivers");
    }

    public boolean overridden() {
        return overrideId != null;
    }
}

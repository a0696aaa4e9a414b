package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.ProvisionalWeeks;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.assessment.Explanation;
import io.healthscore.company.Company;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One company in the month's list view: its assessment of the month (null score and band for a churned company
 * without one), the band it is shown in ({@code shown}: the effective band, or CHURNED), the override behind it
 * the hash of the rule set that scored it and its name ({@code ruleSet}: "base" or a segment id; both null without an
 * assessment), why its score is low-confidence ({@code lowConfidence}, null when it is not), and, when the month is
 * not scored yet but scored to date, the weeks its provisional score used ({@code provisional}, null otherwise).
 */
public record PortfolioRow(Company company, YearMonth month, Integer score, Band band, EffectiveBand shown, Long overrideId,
        Band previousBand, Integer previousScore, Drivers drivers, String rulesHash, String ruleSet,
        String lowConfidence, ProvisionalWeeks provisional) {
    public PortfolioRow {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(shown, "shown");
        Objects.requireNonNull(drivers, "drivers");
    }

    public boolean isProvisional() {
        return provisional != null;
    }

    public boolean overridden() {
        return overrideId != null;
    }

    public boolean lowConfidenceScore() {
        return lowConfidence != null;
    }

    /** Whether a segment's rules scored it, not the base set. */
    public boolean segmentRules() {
        return ruleSet != null && !Explanation.BASE.equals(ruleSet);
    }
}

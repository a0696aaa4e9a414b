package io.healthscore.report;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.ProvisionalWeeks;

/**
 * A company At Risk this month: its score and the rules' band (which differs when a CSM pinned AT_RISK by hand,
 * {@code overridden}), and how many consecutive months up to this one it has been At Risk.
 * {@code name}, {@code owner} and {@code score} may be null; {@code provisional} is the weeks a month-to-date score
 * used, null for the month's assessment.
 */
public record AtRiskCompany(String company, String name, String owner, Integer score, Band automaticBand,
        boolean overridden, int monthsAtRisk, Drivers drivers, ProvisionalWeeks provisional) {

    /** A company At Risk on the month's assessment. */
    public AtRiskCompany(String company, String name, String owner, Integer score, Band automaticBand,
            boolean overridden, int monthsAtRisk, Drivers drivers) {
        this(company, name, owner, score, automaticBand, overridden, monthsAtRisk, drivers, null);
    }

    public AtRiskCompany {
        Fields.nonBlank(company, "at-risk company");
        Fields.present(automaticBand, "at-risk " + company, "automaticBand");
        Fields.present(drivers, "at-risk " + company, "drivers");
        if (monthsAtRisk < 1) {
            throw new IllegalArgumentException("at-risk " + company + ": monthsAtRisk must be 1 or more (this month"
                    + " counts), was " + monthsAtRisk);
        }
    }
}

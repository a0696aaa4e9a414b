package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A band a person changed by hand (an override set or cleared, a churn, a reinstatement) or one the calendar
 * changed (an override's expiry): when, for which company and month, by whom, and why. {@code author} and
 * {@code note} may be null.
 */
public record ManualChange(Instant at, String company, YearMonth month, String source, String author, String note,
        EffectiveBand from, EffectiveBand to) {

    public ManualChange {
        Fields.present(at, "manual change", "at");
        Fields.nonBlank(company, "manual change company");
        Fields.present(month, "manual change " + company, "month");
        Fields.nonBlank(source, "manual change " + company + " source");
        Fields.present(from, "manual change " + company, "from");
        Fields.present(to, "manual change " + company, "to");
    }
}

package io.healthscore.assessment;

import io.healthscore.company.CompanyId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A company's health for one month as the rules decided it. {@code score} and {@code mean} are null for
 * band NONE; {@code triggers} are the ones the rules asked for, before de-duplication against earlier runs;
 * {@code explanation} records how the rules arrived at it.
 */
public record Assessment(
        CompanyId company,
        YearMonth month,
        Integer score,
        BigDecimal mean,
        Band band,
        Previous previous,
        Drivers drivers,
        List<String> triggers,
        List<String> firedRules,
        String rulesHash,
        Explanation explanation) {

    public Assessment {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(drivers, "drivers");
        Objects.requireNonNull(rulesHash, "rulesHash");
        Objects.requireNonNull(explanation, "explanation");
        if ((score == null) != (band == Band.NONE)) {
            throw new IllegalArgumentException("company " + company + " " + month + ": band " + band
                    + " with score " + score + "; a score goes with every band but NONE");
        }
        triggers = List.copyOf(triggers);
        firedRules = List.copyOf(firedRules);
    }

    public Assessment withTriggers(List<String> emitted) {
        return new Assessment(company, month, score, mean, band, previous, drivers, emitted, firedRules, rulesHash,
                explanation);
    }
}

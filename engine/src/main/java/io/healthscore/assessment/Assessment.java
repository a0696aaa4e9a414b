package io.healthscore.assessment;

import io.healthscore.company.CompanyId;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A company's health for one month as the rules decided it. {@code score} and {@code mean} are null for
 * band NONE; {@code triggers} are the ones the rules asked for, before de-duplication against earlier runs;
 * {@code explanation} records how the rules arrived at it; {@code standing} is the band the company is shown in,
 * which an override can pin to another than the rules' {@code band}.
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
        Explanation explanation,
        Standing standing) {

    public Assessment {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(drivers, "drivers");
        Objects.requireNonNull(rulesHash, "rulesHash");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(standing, "standing");
        if ((score == null) != (band == Band.NONE)) {
            throw new IllegalArgumentException("company " + company + " " + month + ": band " + band
                    + " with score " + score + "; a score goes with every band but NONE");
        }
        triggers = List.copyOf(triggers);
        firedRules = List.copyOf(firedRules);
    }

    /** An assessment no override touches: the company is shown in the rules' band. */
    public Assessment(CompanyId company, YearMonth month, Integer score, BigDecimal mean, Band band, Previous previous,
            Drivers drivers, List<String> triggers, List<String> firedRules, String rulesHash, Explanation explanation) {
        this(company, month, score, mean, band, previous, drivers, triggers, firedRules, rulesHash, explanation,
                Standing.automatic(band));
    }

    public Assessment withTriggers(List<String> emitted) {
        return new Assessment(company, month, score, mean, band, previous, drivers, emitted, firedRules, rulesHash,
                explanation, standing);
    }

    /** The band the company is shown in for the month. */
    public Band effectiveBand() {
        return standing.band();
    }
}

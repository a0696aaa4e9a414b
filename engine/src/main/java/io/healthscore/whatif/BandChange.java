package io.healthscore.whatif;

import io.healthscore.assessment.BandScore;
import io.healthscore.company.CompanyId;
import java.time.YearMonth;
import java.util.Objects;

/** A company-month whose band the candidate rules would change, with both sides' band and score. */
public record BandChange(CompanyId company, YearMonth month, BandScore inForce, BandScore candidate) {
    public BandChange {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(inForce, "inForce");
        Objects.requireNonNull(candidate, "candidate");
    }
}

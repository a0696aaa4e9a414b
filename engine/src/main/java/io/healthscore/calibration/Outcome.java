package io.healthscore.calibration;

import io.healthscore.company.CompanyId;
import java.time.YearMonth;
import java.util.Objects;

/** What became of a company in a month: it churned, or it renewed. */
public record Outcome(CompanyId company, YearMonth month, Kind kind) {
    public enum Kind { churned, renewed }

    public Outcome {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(kind, "kind");
    }
}

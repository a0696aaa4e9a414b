package io.healthscore.company;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/** A company marked churned at {@code at}, shown as CHURNED from {@code month} on. */
public record Churn(Instant at, YearMonth month) {
    public Churn {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(month, "month");
    }
}

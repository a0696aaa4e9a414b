package io.healthscore.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One week of the month being scored. Percentages 0-100; {@code nps} -100..100 or null (no survey). */
public record Week(LocalDate start, BigDecimal login, BigDecimal adoption, BigDecimal nps) {
    public boolean hasNps() {
        return nps != null;
    }
}

package io.healthscore.rules.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A week's activity score (0-100) and the parts it was weighed from, with the weights as applied. */
public record WeeklyScore(LocalDate week, BigDecimal score, List<Part> parts) {
    public WeeklyScore {
        parts = List.copyOf(parts);
    }

    /**
     * The weighted mean of the present parts: absent parts (null value) are left out and the weights of the
     * others re-normalised so that they add up to 1.
     */
    public static WeeklyScore weightedMean(Week week, Part... parts) {
        BigDecimal totalWeight = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (Part part : parts) {
            if (part.present()) {
                totalWeight = totalWeight.add(part.weight());
                weighted = weighted.add(part.weight().multiply(part.value()));
            }
        }
        if (totalWeight.signum() <= 0) {
            throw new IllegalArgumentException("week " + week.start() + ": no present part has a positive weight");
        }
        BigDecimal total = totalWeight;
        List<Part> applied = java.util.Arrays.stream(parts)
                .filter(Part::present)
                .map(part -> new Part(part.name(), part.value(), Decimals.divide(part.weight(), total)))
                .toList();
        return new WeeklyScore(week.start(), Decimals.divide(weighted, totalWeight), applied);
    }
}

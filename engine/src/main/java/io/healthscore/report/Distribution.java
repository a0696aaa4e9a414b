package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** How many companies are in each effective band in a month; every band is present, 0 when none is in it. */
public record Distribution(YearMonth month, Map<EffectiveBand, Integer> counts) {

    public Distribution {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(counts, "counts");
        EnumMap<EffectiveBand, Integer> all = new EnumMap<>(EffectiveBand.class);
        for (EffectiveBand band : EffectiveBand.values()) {
            Integer count = counts.getOrDefault(band, 0);
            if (count == null || count < 0) {
                throw new IllegalArgumentException("distribution " + month + ": count of " + band
                        + " must be 0 or more, was " + count);
            }
            all.put(band, count);
        }
        counts = Collections.unmodifiableMap(all);
    }

    /** Counts the companies' bands, one entry per company. */
    public static Distribution of(YearMonth month, Collection<EffectiveBand> bands) {
        EnumMap<EffectiveBand, Integer> counts = new EnumMap<>(EffectiveBand.class);
        for (EffectiveBand band : bands) {
            counts.merge(Objects.requireNonNull(band, "band"), 1, Integer::sum);
        }
        return new Distribution(month, counts);
    }

    public int count(EffectiveBand band) {
        return counts.get(band);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Share of all companies, churned included. */
    public BigDecimal percent(EffectiveBand band) {
        return Percent.of(count(band), total());
    }

    /** THRIVING plus HEALTHY. */
    public int healthy() {
        return count(EffectiveBand.THRIVING) + count(EffectiveBand.HEALTHY);
    }

    /** Every company but the churned ones: what a health target is measured against. */
    public int active() {
        return total() - count(EffectiveBand.CHURNED);
    }

    /** Healthy share of the active companies. */
    public BigDecimal healthyPercent() {
        return Percent.of(healthy(), active());
    }
}

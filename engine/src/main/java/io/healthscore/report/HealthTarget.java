package io.healthscore.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The share of Healthy and Thriving companies the portfolio aims at, against the actual share of the active
 * companies. {@link #met()} and {@link #companiesShort()} compare the exact share, not the rounded percent.
 */
public record HealthTarget(BigDecimal targetPercent, int healthy, int active, BigDecimal actualPercent) {

    public HealthTarget {
        Objects.requireNonNull(targetPercent, "targetPercent");
        Objects.requireNonNull(actualPercent, "actualPercent");
        if (targetPercent.signum() < 0 || targetPercent.compareTo(Percent.HUNDRED) > 0) {
            throw new IllegalArgumentException("health target " + targetPercent.toPlainString()
                    + " is out of range; accepted: a percent from 0 to 100");
        }
        if (active < 0 || healthy < 0 || healthy > active) {
            throw new IllegalArgumentException("health target: healthy must be 0 to active, was " + healthy
                    + " of " + active);
        }
        if (actualPercent.compareTo(Percent.of(healthy, active)) != 0) {
            throw new IllegalArgumentException("health target: actualPercent " + actualPercent.toPlainString()
                    + " is not " + healthy + " of " + active + " (" + Percent.of(healthy, active) + ")");
        }
    }

    public static HealthTarget of(BigDecimal targetPercent, Distribution distribution) {
        return new HealthTarget(targetPercent, distribution.healthy(), distribution.active(),
                distribution.healthyPercent());
    }

    /** True when healthy / active is at least the target (with no active company, trivially true). */
    public boolean met() {
        return companiesShort() == 0;
    }

    /** Actual minus target in percentage points: negative below the target. */
    public BigDecimal gap() {
        return actualPercent.subtract(targetPercent);
    }

    /** How many more Healthy or Thriving companies the target needs: ceil(target * active / 100) - healthy, 0 or more. */
    public int companiesShort() {
        BigDecimal needed = targetPercent.multiply(BigDecimal.valueOf(active)).movePointLeft(2)
                .setScale(0, RoundingMode.CEILING);
        return Math.max(0, needed.intValueExact() - healthy);
    }
}

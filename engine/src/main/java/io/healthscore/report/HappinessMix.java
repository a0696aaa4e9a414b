package io.healthscore.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** How many companies are at each happiness level, and how many gave no NPS feedback in the month. */
public record HappinessMix(Map<HappinessLevel, Integer> counts, int noFeedback) {

    public HappinessMix {
        Objects.requireNonNull(counts, "counts");
        EnumMap<HappinessLevel, Integer> all = new EnumMap<>(HappinessLevel.class);
        for (HappinessLevel level : HappinessLevel.values()) {
            Integer count = counts.getOrDefault(level, 0);
            if (count == null || count < 0) {
                throw new IllegalArgumentException("happiness: count of " + level + " must be 0 or more, was " + count);
            }
            all.put(level, count);
        }
        if (noFeedback < 0) {
            throw new IllegalArgumentException("happiness: noFeedback must be 0 or more, was " + noFeedback);
        }
        counts = Collections.unmodifiableMap(all);
    }

    /** One average NPS per company; null for a company without feedback in the month. */
    public static HappinessMix of(Collection<BigDecimal> averageNps) {
        EnumMap<HappinessLevel, Integer> counts = new EnumMap<>(HappinessLevel.class);
        int noFeedback = 0;
        for (BigDecimal nps : averageNps) {
            if (nps == null) {
                noFeedback++;
            } else {
                counts.merge(HappinessLevel.of(nps), 1, Integer::sum);
            }
        }
        return new HappinessMix(counts, noFeedback);
    }

    public int count(HappinessLevel level) {
        return counts.get(level);
    }

    public int withFeedback() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Share of the companies with feedback. */
    public BigDecimal percent(HappinessLevel level) {
        return Percent.of(count(level), withFeedback());
    }
}

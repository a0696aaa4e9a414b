package io.healthscore.assessment;

import java.math.BigDecimal;
import java.util.Objects;

/** One part of a weekly score (e.g. {@code login}), its value 0-100 and the weight applied to it. */
public record WeightedPart(String name, BigDecimal value, BigDecimal weight) {
    public WeightedPart {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(weight, "weight");
    }
}

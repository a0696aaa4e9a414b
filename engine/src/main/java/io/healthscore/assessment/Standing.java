package io.healthscore.assessment;

import java.util.Objects;

/**
 * The band a company is shown in for a month (its effective band): the rules' band, or the band of the override
 * ({@code pin}) that covers the month. {@code endedOverride} names the override that covered the previous
 * assessment and covers this month no longer (it expired), or is null.
 */
public record Standing(Band band, Pin pin, Long endedOverride) {
    public Standing {
        Objects.requireNonNull(band, "band");
        if (pin != null && pin.band() != band) {
            throw new IllegalArgumentException("an overridden month shows its override's band " + pin.band() + ", not " + band);
        }
    }

    public static Standing automatic(Band band) {
        return new Standing(band, null, null);
    }

    public boolean overridden() {
        return pin != null;
    }

    public Long overrideId() {
        return pin == null ? null : pin.overrideId();
    }
}

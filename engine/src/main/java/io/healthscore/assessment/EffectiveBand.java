package io.healthscore.assessment;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The band a company is shown in: the rules' band, a band a CSM pinned by hand (an override), or CHURNED for a
 * company marked as churned. Ordered from the healthiest down; NONE (no data) and CHURNED come last.
 */
public enum EffectiveBand {
    THRIVING, HEALTHY, STEADY, AT_RISK, NONE, CHURNED;

    public static EffectiveBand of(Band band) {
        return valueOf(band.name());
    }

    /** The rules' band this one stands for; CHURNED has none. */
    public Band band() {
        if (this == CHURNED) {
            throw new IllegalStateException("CHURNED is not a band the rules assign");
        }
        return Band.valueOf(name());
    }

    /** THRIVING and HEALTHY: the share a health target is measured on. */
    public boolean healthy() {
        return this == THRIVING || this == HEALTHY;
    }

    /** 4 for THRIVING down to 1 for AT_RISK; 0 for NONE and CHURNED, which are not ranked. */
    public int rank() {
        return switch (this) {
            case THRIVING -> 4;
            case HEALTHY -> 3;
            case STEADY -> 2;
            case AT_RISK -> 1;
            case NONE, CHURNED -> 0;
        };
    }

    public static EffectiveBand parse(String text) {
        for (EffectiveBand band : values()) {
            if (band.name().equalsIgnoreCase(text == null ? "" : text.trim().replace('-', '_'))) {
                return band;
            }
        }
        throw new IllegalArgumentException("unknown band '" + text + "'; accepted: "
                + Arrays.stream(values()).map(EffectiveBand::name).collect(Collectors.joining(", ")));
    }
}

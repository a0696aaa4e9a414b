package io.healthscore.assessment;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The health band of a company for a month; NONE means no weekly data in that month. */
public enum Band {
    THRIVING, HEALTHY, STEADY, AT_RISK, NONE;

    public static Band parse(String text) {
        for (Band band : values()) {
            if (band.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return band;
            }
        }
        throw new IllegalArgumentException("unknown band '" + text + "'; accepted: "
                + Arrays.stream(values()).map(Band::name).collect(Collectors.joining(", ")));
    }
}

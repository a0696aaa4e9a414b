package io.healthscore.assessment;

import java.util.Objects;

/** The company's latest assessment of an earlier month; {@link #NONE} when there is none. */
public record Previous(Band band, Integer score) {
    public static final Previous NONE = new Previous(Band.NONE, null);

    public Previous {
        Objects.requireNonNull(band, "band");
    }
}

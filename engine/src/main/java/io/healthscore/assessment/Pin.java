package io.healthscore.assessment;

import java.util.Objects;

/** A band a CSM pinned by hand for a month: the override that did it and its band. */
public record Pin(long overrideId, Band band) {
    public Pin {
        Objects.requireNonNull(band, "band");
        if (band == Band.NONE) {
            throw new IllegalArgumentException("override " + overrideId + ": NONE cannot be pinned");
        }
    }
}

package io.healthscore.assessment;

import java.util.Objects;

/** A band with its whole-percent score (null for band NONE): what a what-if compares side by side. */
public record BandScore(Band band, Integer score) {
    public BandScore {
        Objects.requireNonNull(band, "band");
        if ((score == null) != (band == Band.NONE)) {
            throw new IllegalArgumentException("band " + band + " with score " + score
                    + "; a score goes with every band but NONE");
        }
    }

    public static BandScore of(Assessment assessment) {
        return new BandScore(assessment.band(), assessment.score());
    }

    /** This band and score as the previous assessment of the month after. */
    public Previous asPrevious() {
        return new Previous(band, score);
    }
}

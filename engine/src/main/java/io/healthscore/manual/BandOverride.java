package io.healthscore.manual;

import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyId;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A band a CSM pinned by hand for the months {@code from} to {@code until}, with the reason. {@code ended} and
 * {@code endedHow} (cleared, replaced, expired) are null while it holds.
 */
public record BandOverride(long id, CompanyId company, Band band, YearMonth from, YearMonth until, String note,
        String author, Instant setAt, Instant ended, String endedHow) {
    public BandOverride {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(setAt, "setAt");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("an override until " + until + " ends before it starts (" + from + ")");
        }
    }

    public boolean covers(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(until);
    }

    /** One line for logs and listings, e.g. {@code AT_RISK 2026-10..2026-11 by jane: "asked to cancel"}. */
    public String describe() {
        return band + " " + from + ".." + until + " by " + author + ": \"" + note + "\"";
    }
}

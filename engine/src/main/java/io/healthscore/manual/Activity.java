package io.healthscore.manual;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.company.CompanyId;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a company's activity log: a change of its effective band for {@code month} (or a manual action on
 * it), when, from which source, by whom and why, with the month's automatic score and band and the triggers the
 * change emitted.
 */
public record Activity(CompanyId company, YearMonth month, Instant at, ActivitySource source, String author, String note,
        EffectiveBand from, EffectiveBand to, Integer score, Band automaticBand, List<String> triggers) {
    /** The author of the activities a scoring records. */
    public static final String ENGINE = "healthscore";

    public Activity {
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        triggers = List.copyOf(triggers);
    }

    public Activity withTriggers(List<String> emitted) {
        return new Activity(company, month, at, source, author, note, from, to, score, automaticBand, emitted);
    }
}

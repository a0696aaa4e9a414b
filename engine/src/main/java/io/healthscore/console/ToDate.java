package io.healthscore.console;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.store.StoredProvisional;

/**
 * A company's provisional month-to-date score as its page shows it (the latest, of a month after its latest
 * assessment, or of the month asked for): band, score and change against the previous assessment, the weeks used,
 * when it was scored, the drivers so far.
 */
record ToDate(String month, Chip chip, String score, String change, ProvisionalMark mark, String weeks,
        String weeksInMonth, String at, String datetime, String login, String adoption, String nps,
        String lowConfidence) {

    static ToDate of(StoredProvisional stored) {
        Assessment assessment = stored.assessment();
        Drivers drivers = assessment.drivers();
        return new ToDate(assessment.month().toString(), Chip.of(EffectiveBand.of(assessment.effectiveBand())),
                Shown.number(assessment.score()), Shown.signed(drivers.change()), ProvisionalMark.of(stored.weeks()),
                Integer.toString(stored.weeks().weeks()), Integer.toString(stored.weeks().weeksInMonth()),
                Shown.minute(stored.assessedAt()), stored.assessedAt().toString(), Shown.decimal(drivers.login()),
                Shown.decimal(drivers.adoption()), Shown.decimal(drivers.nps()),
                assessment.explanation().lowConfidence());
    }

    boolean scored() {
        return !Shown.MISSING.equals(score);
    }
}

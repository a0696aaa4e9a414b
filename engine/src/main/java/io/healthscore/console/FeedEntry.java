package io.healthscore.console;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.manual.Activity;
import io.healthscore.store.StoredProvisional;

/**
 * An activity as the feeds show it: when, who, what changed (from and to band), the description, the triggers; or
 * a provisional month-to-date score ({@code provisional}: its mark, null for an activity), which has a band but no
 * change of band, and may be {@code superseded} by the month's assessment.
 */
record FeedEntry(String at, String datetime, String author, String source, boolean manual, String company,
        String month, Chip from, Chip to, String note, String automatic, String triggers, ProvisionalMark provisional,
        boolean superseded) {

    static FeedEntry of(Activity activity) {
        String automatic = activity.automaticBand() == null ? null : "the rules say " + Chip.of(activity.automaticBand())
                .label() + (activity.score() == null ? "" : ", score " + activity.score());
        return new FeedEntry(Shown.minute(activity.at()), activity.at().toString(), activity.author(),
                activity.source().label(), activity.source().manual(), activity.company().value(),
                activity.month().toString(), Chip.of(activity.from()), Chip.of(activity.to()),
                activity.note().isBlank() ? null : activity.note(), automatic,
                activity.triggers().isEmpty() ? null : String.join(", ", activity.triggers()), null, false);
    }

    /** A provisional score as the company's feed shows it; {@code superseded}: its month has its assessment now. */
    static FeedEntry of(StoredProvisional stored, boolean superseded) {
        Assessment assessment = stored.assessment();
        String score = assessment.score() == null ? "no score: no data in the complete weeks"
                : "score " + assessment.score() + " so far";
        return new FeedEntry(Shown.minute(stored.assessedAt()), stored.assessedAt().toString(), Activity.ENGINE,
                "provisional", false, assessment.company().value(), assessment.month().toString(), null,
                Chip.of(EffectiveBand.of(assessment.effectiveBand())), null, "Month to date, " + score
                        + (superseded ? "; superseded by the month's assessment." : "; not the monthly assessment."),
                stored.triggers().isEmpty() ? null : String.join(", ", stored.triggerNames()),
                ProvisionalMark.of(stored.weeks()), superseded);
    }
}

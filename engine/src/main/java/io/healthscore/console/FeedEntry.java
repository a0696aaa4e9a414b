package io.healthscore.console;

import io.healthscore.manual.Activity;

/** An activity as the feeds show it: when, who, what changed (from and to band), the description, the triggers. */
record FeedEntry(String at, String datetime, String author, String source, boolean manual, String company,
        String month, Chip from, Chip to, String note, String automatic, String triggers) {

    static FeedEntry of(Activity activity) {
        String automatic = activity.automaticBand() == null ? null : "the rules say " + Chip.of(activity.automaticBand())
                .label() + (activity.score() == null ? "" : ", score " + activity.score());
        return new FeedEntry(Shown.minute(activity.at()), activity.at().toString(), activity.author(),
                activity.source().label(), activity.source().manual(), activity.company().value(),
                activity.month().toString(), Chip.of(activity.from()), Chip.of(activity.to()),
                activity.note().isBlank() ? null : activity.note(), automatic,
                activity.triggers().isEmpty() ? null : String.join(", ", activity.triggers()));
    }
}

package io.healthscore.console;

import io.healthscore.manual.Activity;
import io.healthscore.store.StoredAssessment;
import io.healthscore.store.StoredProvisional;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** A company page's feed: its activities and its provisional month-to-date scores, newest first. */
final class CompanyFeed {
    private CompanyFeed() {
    }

    /**
     * {@code activities} as the log has them, newest first; a provisional score whose month has its assessment in
     * {@code history} is superseded, as {@code history} says.
     */
    static List<FeedEntry> of(List<Activity> activities, List<StoredProvisional> toDate, List<StoredAssessment> history) {
        Set<YearMonth> assessed = history.stream().map(stored -> stored.assessment().month()).collect(Collectors.toSet());
        List<Map.Entry<Instant, FeedEntry>> entries = new ArrayList<>();
        activities.forEach(activity -> entries.add(Map.entry(activity.at(), FeedEntry.of(activity))));
        toDate.forEach(score -> entries.add(Map.entry(score.assessedAt(),
                FeedEntry.of(score, assessed.contains(score.assessment().month())))));
        // a stable sort: the activities keep the log's order among themselves
        entries.sort(Map.Entry.<Instant, FeedEntry>comparingByKey().reversed());
        return entries.stream().map(Map.Entry::getValue).toList();
    }
}

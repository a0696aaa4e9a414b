package io.healthscore.store;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.manual.Activity;
import io.healthscore.manual.ActivitySource;
import io.healthscore.manual.BandOverride;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The activities a scoring records with its assessments, in their transaction: a change of effective band by the
 * rules (automatic), and the end of an override (expiry), which is logged even when the band stays. A month an
 * override covers logs nothing: the override's own activity recorded the change.
 */
final class ScoredActivities {
    private ScoredActivities() {
    }

    static void record(Handle handle, List<Assessment> assessments, Instant now) {
        Map<YearMonth, List<Assessment>> byMonth = assessments.stream()
                .collect(Collectors.groupingBy(Assessment::month));
        List<Activity> activities = new ArrayList<>();
        List<Long> expired = new ArrayList<>();
        for (Map.Entry<YearMonth, List<Assessment>> month : byMonth.entrySet()) {
            ActivityRepository.forgetScored(handle, month.getKey(),
                    month.getValue().stream().map(Assessment::company).toList());
            for (Assessment assessment : month.getValue()) {
                Optional<BandOverride> ended = expiring(handle, assessment.standing().endedOverride());
                if (ended.isPresent()) {
                    expired.add(ended.get().id());
                    activities.add(expiry(assessment, ended.get(), now));
                } else if (!assessment.standing().overridden() && assessment.effectiveBand() != assessment.previous().band()) {
                    activities.add(activity(assessment, ActivitySource.AUTOMATIC, automaticNote(assessment), now));
                }
            }
        }
        OverrideRepository.end(handle, expired, now, OverrideRepository.EXPIRED);
        ActivityRepository.insert(handle, activities);
    }

    /**
     * The override that covered the previous month and ends with this one, unless a CSM ended it by hand (cleared,
     * replaced, churned): its month, scored again, is then an ordinary month, the change logged by that action.
     */
    private static Optional<BandOverride> expiring(Handle handle, Long overrideId) {
        if (overrideId == null) {
            return Optional.empty();
        }
        return OverrideRepository.byId(handle, overrideId).filter(override -> override.endedHow() == null
                || OverrideRepository.EXPIRED.equals(override.endedHow()));
    }

    private static Activity expiry(Assessment assessment, BandOverride override, Instant now) {
        return activity(assessment, ActivitySource.EXPIRY, "override " + override.band() + " by " + override.author()
                + " (until " + override.until() + ") expired; the rules' band " + assessment.band() + " applies again", now);
    }

    private static Activity activity(Assessment assessment, ActivitySource source, String note, Instant now) {
        return new Activity(assessment.company(), assessment.month(), now, source, Activity.ENGINE, note,
                EffectiveBand.of(assessment.previous().band()), EffectiveBand.of(assessment.effectiveBand()),
                assessment.score(), assessment.band(), assessment.triggers());
    }

    private static String automaticNote(Assessment assessment) {
        if (assessment.band() == Band.NONE) {
            return "no weekly data in " + assessment.month();
        }
        Integer change = assessment.drivers().change();
        String rule = assessment.explanation().bandRule();
        return "score " + assessment.score() + (change == null ? "" : " (" + (change >= 0 ? "+" : "") + change + ")")
                + (rule.isEmpty() ? "" : ", rule \"" + rule + "\"");
    }
}

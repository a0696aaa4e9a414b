package io.healthscore.store;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.status.Activity;
import io.healthscore.status.ActivitySource;
import io.healthscore.status.BandOverride;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The activities a scoring records with its assessments, in their transaction: a change of effective band by the
 * rules (automatic), and the end of an override (expiry), which is logged even when the band stays. A month an
 * override covers logs nothing: the override's own activity recorded the change.
 */
final class ScoredActivities {
    private ScoredActivities() {
    }

    static void record(Connection connection, Dialect dialect, List<Assessment> assessments, Instant now)
            throws SQLException {
        Map<YearMonth, List<Assessment>> byMonth = assessments.stream()
                .collect(Collectors.groupingBy(Assessment::month));
        List<Activity> activities = new ArrayList<>();
        List<Long> expired = new ArrayList<>();
        for (Map.Entry<YearMonth, List<Assessment>> month : byMonth.entrySet()) {
            List<String> ids = month.getValue().stream().map(assessment -> assessment.company().value())
                    .sorted(Comparator.naturalOrder()).toList();
            ActivityRepository.forgetScored(connection, dialect, month.getKey(), ids.get(0), ids.get(ids.size() - 1));
            for (Assessment assessment : month.getValue()) {
                Long ended = assessment.standing().endedOverride();
                if (ended != null) {
                    expired.add(ended);
                    activities.add(expiry(connection, assessment, ended, now));
                } else if (!assessment.standing().overridden() && assessment.effectiveBand() != assessment.previous().band()) {
                    activities.add(activity(assessment, ActivitySource.AUTOMATIC, automaticNote(assessment), now));
                }
            }
        }
        OverrideRepository.end(connection, expired, now, OverrideRepository.EXPIRED);
        ActivityRepository.insert(connection, activities);
    }

    private static Activity expiry(Connection connection, Assessment assessment, long overrideId, Instant now)
            throws SQLException {
        Optional<BandOverride> override = OverrideRepository.byId(connection, overrideId);
        String what = override.map(found -> "override " + found.band() + " by " + found.author() + " (until "
                + found.until() + ")").orElse("override #" + overrideId);
        return activity(assessment, ActivitySource.EXPIRY,
                what + " expired; the rules' band " + assessment.band() + " applies again", now);
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

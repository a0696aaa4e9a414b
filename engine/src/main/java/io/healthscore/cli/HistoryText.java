package io.healthscore.cli;

import io.healthscore.views.CompanyHistory;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.Explanation;
import io.healthscore.manual.Activity;
import io.healthscore.store.StoredAssessment;
import io.healthscore.store.StoredProvisional;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * history as text: a heading with what the company is shown as now, its assessments, then its activities. An
 * assessment scored by a segment's rules, with a forced band, a low-confidence score or triggers held back has a
 * line of notes under it.
 */
final class HistoryText {
    private static final String ASSESSMENT = "%-7s %5s %6s  %-9s %-10s %6s %8s %6s %5s  %-12s  %s%n";
    /** Notes on an assessment go on a line of their own under it, past the month column. */
    private static final String NOTE_INDENT = "        ";
    private static final String ACTIVITY = "%-16s  %-7s  %-9s  %-14s %-22s  %s%n";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final PrintStream out;

    HistoryText(PrintStream out) {
        this.out = out;
    }

    void print(CompanyHistory history) {
        out.println(heading(history));
        boolean anyLow = history.assessments().stream()
                .anyMatch(stored -> stored.assessment().explanation().lowConfidenceScore());
        out.printf("%nAssessments, newest first (* an override set the band shown" + (anyLow ? ", ~ a low-confidence score" : "")
                + ")%n");
        out.printf(ASSESSMENT, "MONTH", "SCORE", "CHANGE", "BAND", "SHOWN", "LOGIN", "ADOPTION", "NPS", "WEEKS", "RULES", "TRIGGERS");
        history.assessments().forEach(this::assessment);
        if (history.assessments().isEmpty()) {
            out.println("none");
        }
        if (!history.provisional().isEmpty()) {
            out.printf("%nProvisional month-to-date scores, newest first (WEEKS: complete weeks used of the month's)%n");
            out.printf(ASSESSMENT, "MONTH", "SCORE", "CHANGE", "BAND", "SHOWN", "LOGIN", "ADOPTION", "NPS", "WEEKS",
                    "RULES", "TRIGGERS");
            history.provisional().forEach(score -> provisional(score, history.superseded(score)));
        }
        out.printf("%nActivity, newest first%n");
        out.printf(ACTIVITY, "WHEN (UTC)", "MONTH", "SOURCE", "BY", "BAND", "NOTE");
        history.activities().forEach(this::activity);
        if (history.activities().isEmpty()) {
            out.println("none");
        }
    }

    private static String heading(CompanyHistory history) {
        StringBuilder text = new StringBuilder(history.company().id().value());
        if (history.company().name() != null) {
            text.append(" (").append(history.company().name()).append(")");
        }
        if (history.company().segment() != null) {
            text.append(", segment ").append(history.company().segment());
        }
        if (history.company().owner() != null) {
            text.append(", owner ").append(history.company().owner());
        }
        if (history.churn() != null) {
            text.append(": CHURNED from ").append(history.churn().month()).append(" (marked ")
                    .append(WHEN.format(history.churn().at())).append(" UTC)");
        } else if (history.override() != null) {
            text.append(": override ").append(history.override().id()).append(" in force, ").append(history.override().describe());
        }
        return text.toString();
    }

    private void assessment(StoredAssessment stored) {
        Assessment assessment = stored.assessment();
        Drivers drivers = assessment.drivers();
        String shown = assessment.effectiveBand() + (assessment.standing().overridden() ? "*" : "");
        Explanation explanation = assessment.explanation();
        String score = Cells.orDash(assessment.score()) + (explanation.lowConfidenceScore() ? "~" : "");
        out.printf(ASSESSMENT, assessment.month(), score, Cells.signed(drivers.change()),
                assessment.band(), shown, Cells.orDash(drivers.login()), Cells.orDash(drivers.adoption()),
                Cells.orDash(drivers.nps()), drivers.weeks(),
                assessment.rulesHash().substring(0, 12), stored.triggers().isEmpty() ? "-"
                        : String.join(", ", stored.triggers().stream().map(StoredAssessment.StoredTrigger::name).toList()));
        List<String> notes = new ArrayList<>();
        if (!Explanation.BASE.equals(explanation.ruleSet())) {
            notes.add("rules of segment " + explanation.ruleSet());
        }
        if (explanation.bandReason() != null) {
            notes.add("band forced by rule \"" + explanation.bandRule() + "\": " + explanation.bandReason());
        }
        if (explanation.lowConfidenceScore()) {
            notes.add("low confidence: " + explanation.lowConfidence());
        }
        if (!explanation.suppressed().isEmpty()) {
            notes.add("held back (not sent): " + String.join(", ", explanation.suppressed().keySet()));
        }
        if (!notes.isEmpty()) {
            out.println(NOTE_INDENT + String.join("; ", notes));
        }
    }

    private void provisional(StoredProvisional stored, boolean superseded) {
        Assessment assessment = stored.assessment();
        Drivers drivers = assessment.drivers();
        out.printf(ASSESSMENT, assessment.month(), Cells.orDash(assessment.score()), Cells.signed(drivers.change()),
                assessment.band(), assessment.effectiveBand(), Cells.orDash(drivers.login()),
                Cells.orDash(drivers.adoption()), Cells.orDash(drivers.nps()),
                stored.weeks().weeks() + "/" + stored.weeks().weeksInMonth(), assessment.rulesHash().substring(0, 12),
                stored.triggers().isEmpty() ? "-" : String.join(", ", stored.triggerNames()));
        out.println(NOTE_INDENT + stored.weeks().describe() + ", scored " + WHEN.format(stored.assessedAt()) + " UTC"
                + (superseded ? "; superseded by the month's assessment" : ""));
    }

    private void activity(Activity activity) {
        String note = activity.note() + (activity.triggers().isEmpty() ? "" : "; triggers: " + String.join(", ", activity.triggers()));
        out.printf(ACTIVITY, WHEN.format(activity.at()), activity.month(), activity.source().label(), activity.author(),
                activity.from() + " -> " + activity.to(), note);
    }
}

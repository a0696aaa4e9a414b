package io.healthscore.cli;

import io.healthscore.assessment.Assessment;
import io.healthscore.rules.facts.Coverage;
import io.healthscore.scoring.RulesHistory;
import io.healthscore.store.StoredAssessment;
import java.io.PrintStream;

/**
 * The history part of an explanation: the earlier assessments within the months the rule set declares it reads
 * ({@code @lookback}), as the store holds them now, and how much data the month had.
 */
final class ExplainHistory {
    private final PrintStream out;
    private final String indent;

    ExplainHistory(PrintStream out, String indent) {
        this.out = out;
        this.indent = indent;
    }

    void print(RulesHistory read) {
        if (read.declared()) {
            out.println(ExplainText.label("history") + "the rules read " + depth(read) + (read.months() == 0 ? ""
                    : read.past().isEmpty() ? "; no earlier assessment within them"
                    : "; earlier assessments, newest first:"));
            for (StoredAssessment stored : read.past()) {
                Assessment past = stored.assessment();
                out.println(indent + past.month() + "  " + (past.score() == null ? "no score" : "score " + past.score()
                        + (past.explanation().lowConfidenceScore() ? " (low confidence)" : "")) + ", shown "
                        + past.effectiveBand());
            }
        }
        if (read.coverage() != null) {
            out.println(ExplainText.label("coverage") + coverage(read.coverage()));
        }
    }

    private static String depth(RulesHistory read) {
        String months = read.months() == 0 ? null : read.months() + (read.months() == 1 ? " month" : " months")
                + " of assessments";
        String weeks = read.weeks() == 0 ? null : read.weeks() + (read.weeks() == 1 ? " week" : " weeks") + " of metrics";
        return months == null ? weeks : weeks == null ? months : months + " and " + weeks;
    }

    private static String coverage(Coverage coverage) {
        String weeks = coverage.weeks() + " of " + coverage.weeksInMonth() + " weeks have data";
        if (coverage.lastNps() == null) {
            return weeks + "; no NPS answer within reach";
        }
        int age = coverage.npsAgeWeeks();
        return weeks + "; latest NPS in the week of " + coverage.lastNps() + " (" + (age == 0 ? "the month's last week"
                : age + (age == 1 ? " week" : " weeks") + " before the month's last week") + ")";
    }
}

package io.healthscore.cli;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.automation.DeliveryCounts;
import io.healthscore.run.RunSummary;
import java.io.PrintStream;
import java.util.Map;
import java.util.stream.Collectors;

/** The human-readable output of run and score: a row per assessment, then a summary. */
final class AssessmentTable {
    private static final String ROW = "%-24s %5s  %-9s %-9s %6s  %s%n";

    private final PrintStream out;

    AssessmentTable(PrintStream out) {
        this.out = out;
    }

    void header() {
        out.printf(ROW, "COMPANY", "SCORE", "BAND", "PREVIOUS", "CHANGE", "TRIGGERS");
    }

    /** An overridden month shows its override's band, marked {@code *}, and the rules' band after the triggers. */
    void row(Assessment assessment) {
        boolean overridden = assessment.standing().overridden();
        String triggers = assessment.triggers().isEmpty() ? "-" : String.join(", ", assessment.triggers());
        out.printf(ROW, assessment.company(), assessment.score() == null ? "-" : assessment.score(),
                assessment.effectiveBand() + (overridden ? "*" : ""), assessment.previous().band(), change(assessment),
                overridden ? triggers + "  (* override " + assessment.standing().overrideId() + "; the rules say "
                        + assessment.band() + ")" : triggers);
    }

    void summary(RunSummary summary, String triggersFile) {
        out.printf("%n%s: %,d companies scored in %.1f s, rules %s%n", summary.month(), summary.companies(),
                summary.duration().toMillis() / 1000.0, summary.rulesHash().substring(0, 12));
        out.printf("  bands:    %s%n", bands(summary.bands()));
        out.printf("  triggers: %,d emitted%s%n", summary.triggersEmitted(),
                summary.triggers().isEmpty() ? "" : " (" + counts(summary.triggers()) + ")");
        if (!summary.suppressed().isEmpty()) {
            out.printf("  held back by a cooldown: %,d (%s); `healthscore explain COMPANY` says why%n",
                    summary.triggersSuppressed(), counts(summary.suppressed()));
        }
        if (summary.lowConfidence() > 0) {
            out.printf("  low-confidence scores: %,d%n", summary.lowConfidence());
        }
        out.println("  " + delivery(summary.delivery(), triggersFile));
    }

    /** e.g. "delivery: 12 delivered, 1 waiting to retry, 0 dead-lettered, 0 off (triggers file data/triggers.jsonl)". */
    static String delivery(DeliveryCounts counts, String triggersFile) {
        String line = "delivery: %,d delivered, %,d waiting to retry, %,d dead-lettered, %,d off (triggers file %s)"
                .formatted(counts.sent(), counts.retrying(), counts.dead(), counts.off(), triggersFile);
        return counts.dead() > 0 ? line + "; see `healthscore triggers --status dead`" : line;
    }

    private static String change(Assessment assessment) {
        Integer change = assessment.drivers().change();
        if (change != null) {
            return Cells.signed(change);
        }
        return assessment.previous().band() == Band.NONE && assessment.band() != Band.NONE ? "new" : "-";
    }

    private static String bands(Map<Band, Long> bands) {
        StringBuilder text = new StringBuilder();
        for (Band band : Band.values()) {
            text.append(String.format("%s %,d   ", band, bands.getOrDefault(band, 0L)));
        }
        return text.toString().trim();
    }

    private static String counts(Map<String, Long> triggers) {
        return triggers.entrySet().stream().map(entry -> String.format("%s %,d", entry.getKey(), entry.getValue()))
                .collect(Collectors.joining(", "));
    }
}

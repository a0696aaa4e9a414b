package io.healthscore.cli;

import io.healthscore.assessment.BandScore;
import io.healthscore.whatif.BandChange;
import io.healthscore.whatif.TriggerCounts;
import io.healthscore.whatif.WhatIfReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** The human-readable output of what-if: a summary, the band changes, then the trigger counts of both sides. */
final class WhatIfTable {
    private final PrintStream out;

    WhatIfTable(PrintStream out) {
        this.out = out;
    }

    void print(WhatIfReport report, Path candidate, Path inForce) {
        out.printf("what-if %s..%s: candidate %s (%s) against rules in force %s (%s)%n", report.from(), report.to(),
                candidate, report.candidateHash().substring(0, 12), inForce, report.inForceHash().substring(0, 12));
        out.printf("%,d assessments of %,d companies; %,d would change band, %,d would change score%n",
                report.assessments(), report.companies(), report.bandChanges().size(), report.scoreChanges());
        out.println(stored(report));
        out.println();
        bandChanges(report);
        out.println();
        triggers(report);
        suppressed(report);
    }

    private static String stored(WhatIfReport report) {
        String line = String.format("stored history: %,d of %,d re-scored with the rules in force differ from the"
                + " stored assessments (band or score)", report.storedDiffers(), report.assessments());
        if (report.storedDiffers() > 0) {
            line += ": they were scored with other rules or before corrections";
        }
        if (report.notStored() > 0) {
            line += String.format("; %,d not stored (month not run)", report.notStored());
        }
        return line;
    }

    private void bandChanges(WhatIfReport report) {
        if (report.bandChanges().isEmpty()) {
            out.println("no company would change band");
            return;
        }
        int width = Math.max("COMPANY".length(),
                report.bandChanges().stream().mapToInt(change -> change.company().value().length()).max().orElse(0));
        String row = "%-7s  %-" + width + "s  %14s -> %-9s  %-13s -> %s%n";
        out.printf(row, "MONTH", "COMPANY", "SCORE IN FORCE", "CANDIDATE", "BAND IN FORCE", "CANDIDATE");
        for (BandChange change : report.bandChanges()) {
            out.printf(row, change.month(), change.company(), score(change.inForce()), score(change.candidate()),
                    change.inForce().band(), change.candidate().band());
        }
    }

    private void triggers(WhatIfReport report) {
        if (report.triggers().isEmpty()) {
            out.println("no trigger would fire on either side");
            return;
        }
        int width = Math.max("TRIGGER".length(),
                report.triggers().keySet().stream().mapToInt(String::length).max().orElse(0));
        String row = "%-" + width + "s  %8s  %9s  %6s%n";
        out.printf(row, "TRIGGER", "IN FORCE", "CANDIDATE", "CHANGE");
        for (Map.Entry<String, TriggerCounts> trigger : report.triggers().entrySet()) {
            TriggerCounts counts = trigger.getValue();
            out.printf(row, trigger.getKey(), String.format("%,d", counts.inForce()),
                    String.format("%,d", counts.candidate()), change(counts.change()));
        }
        out.printf(row, "(all)", String.format("%,d", report.triggersInForce()),
                String.format("%,d", report.triggersCandidate()),
                change(report.triggersCandidate() - report.triggersInForce()));
    }

    /** Only when a side declares a cooldown that held something back. */
    private void suppressed(WhatIfReport report) {
        if (report.suppressed().isEmpty()) {
            return;
        }
        out.println();
        int width = Math.max("HELD BACK BY A COOLDOWN".length(),
                report.suppressed().keySet().stream().mapToInt(String::length).max().orElse(0));
        String row = "%-" + width + "s  %8s  %9s  %6s%n";
        out.printf(row, "HELD BACK BY A COOLDOWN", "IN FORCE", "CANDIDATE", "CHANGE");
        for (Map.Entry<String, TriggerCounts> trigger : report.suppressed().entrySet()) {
            TriggerCounts counts = trigger.getValue();
            out.printf(row, trigger.getKey(), String.format("%,d", counts.inForce()),
                    String.format("%,d", counts.candidate()), change(counts.change()));
        }
    }

    private static String score(BandScore side) {
        return side.score() == null ? "-" : side.score().toString();
    }

    private static String change(long change) {
        return change == 0 ? "0" : String.format("%+,d", change);
    }
}

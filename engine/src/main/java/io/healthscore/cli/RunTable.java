package io.healthscore.cli;

import io.healthscore.assessment.Band;
import io.healthscore.run.RunRecord;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The run records as a table, one run a row, times in UTC. */
final class RunTable {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final String ROW = "%-30s %-7s %-9s %-7s %-6s %-19s %-19s %9s %7s %7s %7s %8s %5s %8s %-12s %s%n";

    private final PrintStream out;

    RunTable(PrintStream out) {
        this.out = out;
    }

    void print(List<RunRecord> runs) {
        if (runs.isEmpty()) {
            out.println("no runs recorded yet; 'healthscore run --month YYYY-MM' or 'healthscore serve' start one");
            return;
        }
        out.printf(ROW, "RUN", "MONTH", "KIND", "STATUS", "SHARDS", "STARTED (UTC)", "FINISHED (UTC)", "COMPANIES",
                "AT_RISK", "STEADY", "HEALTHY", "THRIVING", "NONE", "TRIGGERS", "RULES", "NOTE");
        for (RunRecord run : runs) {
            out.printf(ROW, run.id(), run.month(), run.kind().label(), run.status().label(),
                    run.shardsDone() + "/" + run.shards(), time(run.startedAt()), time(run.finishedAt()),
                    run.counts().companies(), run.counts().band(Band.AT_RISK), run.counts().band(Band.STEADY),
                    run.counts().band(Band.HEALTHY), run.counts().band(Band.THRIVING), run.counts().band(Band.NONE),
                    run.counts().triggers(), run.rulesHash().substring(0, 12), note(run));
        }
    }

    private static String note(RunRecord run) {
        StringBuilder note = new StringBuilder();
        if (run.completedBy() != null) {
            note.append("completed by ").append(run.completedBy());
        }
        if (run.error() != null) {
            note.append(note.length() > 0 ? "; " : "").append(run.error().lines().findFirst().orElse(""));
        }
        return note.toString();
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : TIME.format(instant);
    }
}

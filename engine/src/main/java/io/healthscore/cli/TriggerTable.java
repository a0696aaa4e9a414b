package io.healthscore.cli;

import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.OutboxEntry;
import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** The outbox as a table for {@code triggers}: one line per trigger, the last error in full at the end of the line. */
final class TriggerTable {
    private static final String FORMAT = "%-44s %-8s %-10s %8s  %-20s %-28s %s%n";

    private final PrintStream out;

    TriggerTable(PrintStream out) {
        this.out = out;
    }

    void print(List<OutboxEntry> entries) {
        out.printf(FORMAT, "ID", "STATUS", "CHANNEL", "ATTEMPTS", "EMITTED", "SENT / NEXT ATTEMPT", "LAST ERROR");
        for (OutboxEntry entry : entries) {
            out.printf(FORMAT, entry.id(), entry.status().code(), entry.channel() == null ? "-" : entry.channel(),
                    entry.attempts() + (entry.replays() > 0 ? "+" + entry.replays() + "r" : ""),
                    time(entry.trigger().emittedAt()), when(entry), entry.lastError() == null ? "" : entry.lastError());
        }
    }

    private static String when(OutboxEntry entry) {
        return switch (entry.status()) {
            case SENT -> "sent " + time(entry.deliveredAt());
            case PENDING -> entry.nextAttemptAt() == null ? "next: now" : "next: " + time(entry.nextAttemptAt());
            case DEAD -> "dead-lettered";
            case OFF -> "automation off";
        };
    }

    private static String time(Instant instant) {
        return instant == null ? "-" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** e.g. "12 shown; in the outbox: 40 sent, 1 pending, 2 dead, 0 off". */
    static String summary(int shown, Map<DeliveryStatus, Long> counts) {
        StringBuilder line = new StringBuilder(shown + " shown; in the outbox:");
        String separator = " ";
        for (DeliveryStatus status : DeliveryStatus.values()) {
            line.append(separator).append(counts.getOrDefault(status, 0L)).append(' ').append(status.code());
            separator = ", ";
        }
        return line.toString();
    }
}

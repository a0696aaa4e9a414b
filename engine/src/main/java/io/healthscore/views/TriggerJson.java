package io.healthscore.views;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.assessment.Band;
import io.healthscore.json.Json;
import io.healthscore.trigger.OutboxEntry;
import java.time.Instant;
import java.time.YearMonth;

/** One outbox entry as one line of JSON, for {@code triggers --json}. */
@JsonPropertyOrder({"id", "company", "month", "trigger", "band", "previousBand", "status", "channel", "attempts",
        "emittedAt", "deliveredAt", "nextAttemptAt", "lastError", "replays", "replayedAt"})
public record TriggerJson(String id, String company, YearMonth month, String trigger, Band band, Band previousBand,
        String status, String channel, int attempts, Instant emittedAt, Instant deliveredAt, Instant nextAttemptAt,
        String lastError, int replays, Instant replayedAt) {

    public static String line(OutboxEntry entry) {
        return Json.line(view(entry));
    }

    public static TriggerJson view(OutboxEntry entry) {
        return new TriggerJson(entry.id(), entry.trigger().company().value(), entry.trigger().month(),
                entry.trigger().name(), entry.trigger().band(), entry.trigger().previousBand(), entry.status().code(),
                entry.channel(), entry.attempts(), entry.trigger().emittedAt(), entry.deliveredAt(),
                entry.nextAttemptAt(), entry.lastError(), entry.replays(), entry.replayedAt());
    }
}

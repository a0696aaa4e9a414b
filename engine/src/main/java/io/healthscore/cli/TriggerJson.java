package io.healthscore.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.store.OutboxEntry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One outbox entry as one line of JSON, for {@code triggers --json}. */
final class TriggerJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TriggerJson() {
    }

    static String line(OutboxEntry entry) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", entry.id());
        fields.put("company", entry.trigger().company().value());
        fields.put("month", entry.trigger().month().toString());
        fields.put("trigger", entry.trigger().name());
        fields.put("band", entry.trigger().band().name());
        fields.put("previousBand", entry.trigger().previousBand().name());
        fields.put("status", entry.status().code());
        fields.put("channel", entry.channel());
        fields.put("attempts", entry.attempts());
        fields.put("emittedAt", text(entry.trigger().emittedAt()));
        fields.put("deliveredAt", text(entry.deliveredAt()));
        fields.put("nextAttemptAt", text(entry.nextAttemptAt()));
        fields.put("lastError", entry.lastError());
        fields.put("replays", entry.replays());
        fields.put("replayedAt", text(entry.replayedAt()));
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of plain values always serialises", e);
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}

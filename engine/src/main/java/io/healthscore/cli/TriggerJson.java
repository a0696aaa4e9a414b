package io.healthscore.cli;

import io.healthscore.trigger.OutboxEntry;
import java.util.LinkedHashMap;
import java.util.Map;

/** One outbox entry as one line of JSON, for {@code triggers --json}. */
final class TriggerJson {
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
        fields.put("emittedAt", JsonLine.text(entry.trigger().emittedAt()));
        fields.put("deliveredAt", JsonLine.text(entry.deliveredAt()));
        fields.put("nextAttemptAt", JsonLine.text(entry.nextAttemptAt()));
        fields.put("lastError", entry.lastError());
        fields.put("replays", entry.replays());
        fields.put("replayedAt", JsonLine.text(entry.replayedAt()));
        return JsonLine.of(fields);
    }
}

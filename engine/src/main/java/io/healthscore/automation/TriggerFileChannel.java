package io.healthscore.automation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.healthscore.HealthscoreException;
import io.healthscore.company.CompanyRange;
import io.healthscore.store.EmittedTrigger;
import io.healthscore.store.TriggerRepository;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * Delivers pending triggers by appending them, one JSON object a line, to a file (default
 * {@code data/triggers.jsonl}), then marks them delivered. A crash between the two can repeat a line on the
 * next delivery, never lose one: each line carries a stable {@code id} to de-duplicate on.
 */
public final class TriggerFileChannel {
    private static final int PAGE = 10_000;
    private static final JsonFactory JSON = new JsonFactory();

    private final TriggerRepository triggers;
    private final Path file;
    private final Clock clock;

    public TriggerFileChannel(TriggerRepository triggers, Path file, Clock clock) {
        this.triggers = triggers;
        this.file = file;
        this.clock = clock;
    }

    /** Delivers every trigger still pending (e.g. left by a crash), in one pass; returns how many. */
    public int deliverPending() {
        int[] delivered = {0};
        triggers.forEachPending(PAGE, chunk -> delivered[0] += deliver(chunk));
        return delivered[0];
    }

    /** Delivers the pending triggers of one month and range of companies (a shard's), left by a crash. */
    public int deliverPending(YearMonth month, CompanyRange range) {
        int[] delivered = {0};
        triggers.forEachPending(month, range, PAGE, chunk -> delivered[0] += deliver(chunk));
        return delivered[0];
    }

    /** Delivers triggers just stored: appends them, then marks them delivered; returns how many. */
    public int deliver(List<EmittedTrigger> emitted) {
        if (emitted.isEmpty()) {
            return 0;
        }
        append(emitted);
        triggers.markDelivered(emitted, clock.instant());
        return emitted.size();
    }

    private void append(List<EmittedTrigger> page) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            TornLine.repair(file);
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                for (EmittedTrigger trigger : page) {
                    out.write(line(trigger));
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new HealthscoreException("cannot append triggers to " + file + ": " + e.getMessage()
                    + "; they stay pending and are delivered by the next run", e);
        }
    }

    static String line(EmittedTrigger trigger) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("id", trigger.id());
            json.writeStringField("company", trigger.company().value());
            json.writeStringField("month", trigger.month().toString());
            json.writeStringField("trigger", trigger.name());
            json.writeStringField("band", trigger.band().name());
            json.writeStringField("previousBand", trigger.previousBand().name());
            writeInteger(json, "score", trigger.score());
            writeInteger(json, "previousScore", trigger.previousScore());
            json.writeStringField("rulesHash", trigger.rulesHash());
            json.writeStringField("emittedAt", trigger.emittedAt().toString());
            json.writeEndObject();
        }
        return text.toString();
    }

    private static void writeInteger(JsonGenerator json, String name, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(name);
        } else {
            json.writeNumberField(name, value);
        }
    }
}

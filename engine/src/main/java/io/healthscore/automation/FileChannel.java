package io.healthscore.automation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Appends triggers, one JSON object a line, to a file (default {@code data/triggers.jsonl}). The dispatcher hands
 * it a whole page at once: one append, then one update marks them all sent. A process killed in between repeats
 * those lines on the next delivery (each carries its stable {@code id}); a torn last line is cut off first.
 */
public final class FileChannel implements Channel {
    public static final String NAME = "file";

    private final Path file;

    public FileChannel(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return NAME;
    }

    public Path file() {
        return file;
    }

    @Override
    public DeliveryOutcome deliver(TriggerEvent event, Route route) {
        return deliverAll(List.of(event), name -> route).get(0);
    }

    /** Appends every event in one write; all are sent, or (the file cannot be written) all are to be retried. */
    public List<DeliveryOutcome> deliverAll(List<TriggerEvent> events, Function<String, Route> routes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            TornLine.repair(file);
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                for (TriggerEvent event : events) {
                    out.write(EventJson.of(event, Messages.text(event, routes.apply(event.name()))));
                    out.write('\n');
                }
            }
            return Collections.nCopies(events.size(), new DeliveryOutcome.Sent("appended to " + file));
        } catch (IOException e) {
            return Collections.nCopies(events.size(),
                    new DeliveryOutcome.Retry("cannot append to " + file + ": " + e.getMessage()));
        }
    }
}

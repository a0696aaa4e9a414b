package io.healthscore.automation;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileLock;
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

    /**
     * Appends every event in one write; all are sent, or (the file cannot be written) all are to be retried. The
     * file is locked while it is repaired and appended to, so that a run and serve on one machine, or two threads
     * of one process, never interleave their lines or cut off one another's last line as torn.
     */
    public synchronized List<DeliveryOutcome> deliverAll(List<TriggerEvent> events, Function<String, Route> routes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                    StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                TornLine.repair(channel, file);
                channel.position(channel.size());
                Writer out = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8));
                for (TriggerEvent event : events) {
                    out.write(EventJson.of(event, Messages.text(event, routes.apply(event.name()))));
                    out.write('\n');
                }
                out.flush();
            }
            return Collections.nCopies(events.size(), new DeliveryOutcome.Sent("appended to " + file));
        } catch (IOException e) {
            return Collections.nCopies(events.size(),
                    new DeliveryOutcome.Retry("cannot append to " + file + ": " + e.getMessage()));
        }
    }
}

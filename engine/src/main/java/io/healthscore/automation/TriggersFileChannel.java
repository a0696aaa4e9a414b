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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends triggers, one JSON object a line, to a file (default {@code data/triggers.jsonl}). The dispatcher hands
 * it a whole page at once: one append, then one transaction marks them all sent and records the file's new end.
 * A process killed in between leaves lines past the recorded end: the next append finds their ids there and
 * records them sent instead of writing them again, so each trigger is in the file once. A torn last line is cut
 * off first (its trigger is written again in full).
 */
public final class TriggersFileChannel implements Channel {
    private static final Logger LOG = LoggerFactory.getLogger(TriggersFileChannel.class);
    public static final String NAME = "file";

    private final Path file;

    public TriggersFileChannel(Path file) {
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
        return appendOnce(events, routes, Ledger.NONE);
    }

    /**
     * As {@link #deliverAll}, writing each trigger at most once: under the file's lock, the lines past the offset
     * {@code ledger} recorded (written by a process killed before it recorded them) are read first, and their
     * triggers are recorded sent instead of being written again; then the rest is appended and the ledger
     * records the outcomes and the new end of the file, before the lock is released.
     */
    public synchronized List<DeliveryOutcome> appendOnce(List<TriggerEvent> events, Function<String, Route> routes,
            Ledger ledger) {
        List<DeliveryOutcome> outcomes;
        long end;
        Set<String> found;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file,
                    StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                TornLine.repair(channel, file);
                found = unrecorded(channel, ledger.recordedTo(channel.size()));
                channel.position(channel.size());
                Writer out = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8));
                outcomes = new ArrayList<>(events.size());
                for (TriggerEvent event : events) {
                    if (found.contains(event.id())) {
                        outcomes.add(new DeliveryOutcome.Sent("found in " + file + " after an interrupted delivery"));
                    } else {
                        out.write(EventJson.of(event, Messages.text(event, routes.apply(event.name()))));
                        out.write('\n');
                        outcomes.add(new DeliveryOutcome.Sent("appended to " + file));
                    }
                }
                out.flush();
                end = channel.size();
                // recorded while the lock is held: no other writer appends before the offset moves past these lines
                ledger.recorded(found, outcomes, end);
            }
            return outcomes;
        } catch (IOException e) {
            return Collections.nCopies(events.size(),
                    new DeliveryOutcome.Retry("cannot append to " + file + ": " + e.getMessage()));
        }
    }

    /** The event ids of the lines from {@code from} to the end of the file (the ledger has not recorded them). */
    private Set<String> unrecorded(java.nio.channels.FileChannel channel, long from) throws IOException {
        long size = channel.size();
        if (from > size) {
            LOG.warn("{} is shorter ({} bytes) than the {} bytes recorded delivered to it: it was replaced or cut;"
                    + " its lines are read from the start", file, size, from);
            from = 0;
        }
        if (from == size) {
            return Set.of();
        }
        Set<String> ids = WrittenIds.read(channel, from, size, file);
        if (!ids.isEmpty()) {
            LOG.warn("{}: {} triggers were written after the last offset recorded delivered (a process was killed"
                    + " before it recorded them); they are recorded as sent and not written again", file, ids.size());
        }
        return ids;
    }

    /** Where the store records how far the file is delivered. */
    public interface Ledger {
        /** Keeps no record: every line is written, as a replay does. */
        Ledger NONE = new Ledger() {
            @Override
            public long recordedTo(long size) {
                return size;
            }

            @Override
            public void recorded(Set<String> found, List<DeliveryOutcome> outcomes, long end) {
            }
        };

        /** The offset up to which the file's lines are recorded delivered ({@code size} for a file it does not know). */
        long recordedTo(long size);

        /**
         * Records, in one transaction, the triggers {@code found} already in the file, the {@code outcomes} of the
         * events (in their order) and {@code end}, the file's new length.
         */
        void recorded(Set<String> found, List<DeliveryOutcome> outcomes, long end);
    }
}

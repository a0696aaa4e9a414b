package io.healthscore.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Changes of the rules folder found by listing it every settle period (names, sizes and modification times of
 * its .drl files), for file systems a {@link java.nio.file.WatchService} cannot watch.
 */
final class PolledFolder implements FolderChanges {
    private final Path folder;
    private final long settleMillis;
    private final CountDownLatch closed = new CountDownLatch(1);
    private Optional<List<Stamp>> last;
    private boolean changed;

    /** With {@code changed}, the first {@link #await()} reports a change once the folder is quiet. */
    PolledFolder(Path folder, Duration settle, boolean changed) {
        this.folder = folder;
        this.settleMillis = settle.toMillis();
        this.last = snapshot();
        this.changed = changed;
    }

    @Override
    public Change await() throws InterruptedException {
        while (!closed.await(settleMillis, TimeUnit.MILLISECONDS)) {
            Optional<List<Stamp>> now = snapshot();
            if (!now.equals(last)) {
                last = now;
                changed = true;
            } else if (changed) {
                changed = false;
                return Change.SETTLED;
            }
        }
        return Change.CLOSED;
    }

    /**
     * The folder's .drl files, its segment folders' included, as they are now; empty when the folder cannot be
     * listed (a reload will say why).
     */
    private Optional<List<Stamp>> snapshot() {
        try {
            List<Stamp> stamps = new ArrayList<>();
            for (Path file : RuleFolder.scan(folder).allFiles()) {
                stamp(file).ifPresent(stamps::add);
            }
            return Optional.of(stamps);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Stamp> stamp(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return Optional.of(new Stamp(file.toString(), attributes.size(),
                    attributes.lastModifiedTime()));
        } catch (NoSuchFileException e) {
            // deleted between the listing and now: the next listing will not have it either
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        closed.countDown();
    }

    private record Stamp(String name, long size, FileTime modified) {
    }
}

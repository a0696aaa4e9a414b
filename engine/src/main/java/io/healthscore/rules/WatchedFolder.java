package io.healthscore.rules;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** Changes of the rules folder as the file system reports them, through a {@link WatchService}. */
final class WatchedFolder implements FolderChanges {
    private final Path folder;
    private final WatchService service;
    private final WatchKey registration;
    private final long settleMillis;
    private final Object identity;
    private boolean changed;

    private WatchedFolder(Path folder, WatchService service, WatchKey registration, Duration settle, Object identity,
            boolean changed) {
        this.folder = folder;
        this.service = service;
        this.registration = registration;
        this.settleMillis = settle.toMillis();
        this.identity = identity;
        this.changed = changed;
    }

    /**
     * Registers a watch on the folder; throws when the file system cannot watch it (or it is missing). With
     * {@code changed}, the first {@link #await()} reports a change once the folder is quiet.
     */
    static WatchedFolder open(Path folder, Duration settle, boolean changed) throws IOException {
        WatchService service = folder.getFileSystem().newWatchService();
        try {
            Object identity = identity(folder);
            WatchKey registration = folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            WatchedFolder watched = new WatchedFolder(folder, service, registration, settle, identity, changed);
            watched.registerSegments();
            return watched;
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
    }

    @Override
    public Change await() throws InterruptedException {
        try {
            while (!changed) {
                WatchKey key = service.poll(settleMillis, TimeUnit.MILLISECONDS);
                changed = key != null && touchesRuleFiles(key, key != registration);
                // a deleted folder ends the watch; a renamed one takes it along, and a folder put in its place
                // (possibly with the deleted one's inode number) is not watched
                if (!changed && (!registration.isValid() || !isSameFolder())) {
                    return Change.FOLDER_LOST;
                }
            }
            awaitQuiet();
            registerSegments();
            changed = false;
            return Change.SETTLED;
        } catch (ClosedWatchServiceException e) {
            return Change.CLOSED;
        }
    }

    /** Editors save in several steps (temp file, rename, touch); compile once they are done. */
    private void awaitQuiet() throws InterruptedException {
        WatchKey key;
        while ((key = service.poll(settleMillis, TimeUnit.MILLISECONDS)) != null) {
            touchesRuleFiles(key, false);
        }
    }

    /**
     * Takes the key's events and re-arms it; only .drl files are compiled, so only they count, and the segments
     * folder, whose every change (a segment folder made or removed) can change the rule sets.
     */
    private static boolean touchesRuleFiles(WatchKey key, boolean segmentFolder) {
        boolean touches = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            String name = event.context() == null ? "" : event.context().toString();
            touches |= segmentFolder || event.kind() == OVERFLOW || name.endsWith(".drl")
                    || name.equals(RuleFolder.SEGMENTS);
        }
        key.reset();
        return touches;
    }

    /** Watches the segments folder and each segment folder in it, as they are now (registering again is harmless). */
    private void registerSegments() {
        Path segments = folder.resolve(RuleFolder.SEGMENTS);
        if (!Files.isDirectory(segments, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (java.util.stream.Stream<Path> listing = Files.list(segments)) {
            segments.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            for (Path segment : listing.filter(path -> Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                    .toList()) {
                segment.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
            }
        } catch (IOException | RuntimeException e) {
            // a segment folder that cannot be watched is still compiled on the next change of another file
        }
    }

    private boolean isSameFolder() {
        try {
            return Objects.equals(identity, identity(folder));
        } catch (IOException e) {
            return false;
        }
    }

    private static Object identity(Path folder) throws IOException {
        return Files.readAttributes(folder, BasicFileAttributes.class).fileKey();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing is left to release: the service is being dropped either way
        }
    }
}

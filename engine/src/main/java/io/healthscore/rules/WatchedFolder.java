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
            return new WatchedFolder(folder, service, registration, settle, identity, changed);
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
                changed = key != null && touchesRuleFiles(key);
                // a deleted folder ends the watch; a renamed one takes it along, and a folder put in its place
                // (possibly with the deleted one's inode number) is not watched
                if (!changed && (!registration.isValid() || !isSameFolder())) {
                    return Change.FOLDER_LOST;
                }
            }
            awaitQuiet();
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
            touchesRuleFiles(key);
        }
    }

    /** Takes the key's events and re-arms it; only .drl files are compiled, so only they count. */
    private static boolean touchesRuleFiles(WatchKey key) {
        boolean touches = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            touches |= event.kind() == OVERFLOW || event.context().toString().endsWith(".drl");
        }
        key.reset();
        return touches;
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

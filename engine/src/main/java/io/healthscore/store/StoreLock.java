package io.healthscore.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Keeps an embedded store to one process, as a single-user store: SQLite itself lets several processes in, but the
 * engine frees abandoned trigger claims and appends the triggers file as the only writer. Opens of the same store
 * within one process share the lock (a service and the repositories its tests open).
 */
final class StoreLock implements AutoCloseable {
    static final String FILE = "healthscore.lock";
    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path folder;
    private boolean released;

    private StoreLock(Path folder) {
        this.folder = folder;
    }

    /** Takes the lock of the store in {@code folder}; throws naming the store when another process holds it. */
    static StoreLock take(Path folder, String display) {
        synchronized (HELD) {
            Held held = HELD.get(folder);
            if (held == null) {
                held = lock(folder, display);
                HELD.put(folder, held);
            }
            held.users++;
            return new StoreLock(folder);
        }
    }

    private static Held lock(Path folder, String display) {
        try {
            FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException | IOException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new StoreException("store " + display + " is in use by another healthscore process;"
                        + " wait for it to finish, or point --store at another folder");
            }
            return new Held(channel);
        } catch (IOException e) {
            throw new StoreException("cannot lock store " + display + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        synchronized (HELD) {
            if (released) {
                return;
            }
            released = true;
            Held held = HELD.get(folder);
            if (held != null && --held.users == 0) {
                HELD.remove(folder);
                held.release();
            }
        }
    }

    private static final class Held {
        private final FileChannel channel;
        private int users;

        Held(FileChannel channel) {
            this.channel = channel;
        }

        void release() {
            try {
                channel.close();
            } catch (IOException e) {
                // closing the channel frees the lock; a failure leaves nothing to undo
            }
        }
    }
}

package io.healthscore.rules;

import io.healthscore.DaemonThreads;
import io.healthscore.rules.FolderChanges.Change;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a rules folder and makes an edit active once it compiles, without a restart. An edit that does not
 * compile is logged with its errors and the active rules stay.
 */
public final class RulesWatcher implements AutoCloseable {
    static final String THREAD_NAME = "healthscore-rules-watch";
    private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);

    private final Path folder;
    private final Duration settle;
    private final RulesReload reload;
    private final Thread thread;
    private final Object lock = new Object();
    private FolderChanges changes;
    private boolean closed;

    private RulesWatcher(Path folder, RuleCompiler compiler, ActiveRules active, Duration settle) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.settle = Objects.requireNonNull(settle, "settle");
        if (settle.isNegative() || settle.isZero()) {
            throw new IllegalArgumentException("settle must be a positive duration, was " + settle);
        }
        this.reload = new RulesReload(folder, Objects.requireNonNull(compiler, "compiler"),
                Objects.requireNonNull(active, "active"));
        this.thread = DaemonThreads.named(THREAD_NAME).newThread(this::watch);
    }

    /**
     * Starts watching {@code folder} on a daemon thread; an edit is reloaded once the folder has been quiet for
     * {@code settle}. Where the file system cannot be watched, the folder is listed every {@code settle} instead.
     * Before returning it reloads once, so an edit made since {@code active}'s rules were compiled is not missed.
     */
    public static RulesWatcher start(Path folder, RuleCompiler compiler, ActiveRules active, Duration settle) {
        RulesWatcher watcher = new RulesWatcher(folder, compiler, active, settle);
        return watcher.begin(watcher.watchOrPoll(false));
    }

    /** As {@link #start}, listing the folder every {@code settle} whether or not it could be watched. */
    static RulesWatcher startPolling(Path folder, RuleCompiler compiler, ActiveRules active, Duration settle) {
        RulesWatcher watcher = new RulesWatcher(folder, compiler, active, settle);
        return watcher.begin(new PolledFolder(folder, settle, false));
    }

    private RulesWatcher begin(FolderChanges first) {
        synchronized (lock) {
            changes = first;
        }
        LOG.info("watching {} for rule edits (settle {} ms)", folder, settle.toMillis());
        // an edit made between the caller's compile and the start of the watch has no event: check once, before
        // returning, so that the active rules reflect the folder from now on
        reload.runLogged();
        thread.start();
        return this;
    }

    /**
     * Compiles the folder aside and, when it compiles to another hash, makes it active. The active rules are
     * untouched while compiling and stay when the folder does not compile.
     */
    public ReloadOutcome reload() {
        return reload.run();
    }

    private void watch() {
        FolderChanges current;
        synchronized (lock) {
            current = changes;
        }
        try {
            while (true) {
                Change change = current.await();
                if (change == Change.CLOSED) {
                    return;
                }
                if (change == Change.SETTLED) {
                    reload.runLogged();
                } else if ((current = rewatch(current)) == null) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Watches the folder now at the path anew; null once the watcher is closed. What is there may still be
     * being copied in, so it is reloaded only once quiet.
     */
    private FolderChanges rewatch(FolderChanges lost) {
        synchronized (lock) {
            lost.close();
            if (closed) {
                return null;
            }
            changes = watchOrPoll(true);
            return changes;
        }
    }

    private FolderChanges watchOrPoll(boolean changed) {
        try {
            return WatchedFolder.open(folder, settle, changed);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("cannot watch rules folder {} ({}); listing it every {} ms instead", folder, e, settle.toMillis());
            LOG.debug("cannot watch rules folder {}", folder, e);
            return new PolledFolder(folder, settle, changed);
        }
    }

    /** Stops the watch thread, waiting for a reload in progress to finish. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            changes.close();
        }
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package io.healthscore.cli;

import io.healthscore.NodeName;
import io.healthscore.automation.Automations;
import io.healthscore.automation.AutomationsFile;
import io.healthscore.automation.Dispatcher;
import io.healthscore.rules.RuleCompiler;
import io.healthscore.rules.RuleSet;
import io.healthscore.run.MonthScoring;
import io.healthscore.run.ProvisionalScoring;
import io.healthscore.store.Database;
import io.healthscore.store.StoreLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The store and rules one command works with, opened on first use and closed with the command. */
final class Workspace implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final StoreOptions options;
    private final Clock clock;
    private final StoreLocation location;
    private Database database;
    private RuleSet rules;
    private Automations automations;
    private Dispatcher dispatcher;

    Workspace(StoreOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
        this.location = StoreLocation.parse(options.store); // a blank one is ./data
    }

    /**
     * Compiles the rules while the store opens (both take about a second on a cold start). A rules error wins
     * over a store error: broken rules are reported whatever the state of the store.
     */
    void open() {
        CompletableFuture<RuleSet> compiling = CompletableFuture.supplyAsync(this::rules);
        try {
            store();
        } catch (RuntimeException storeFailure) {
            await(compiling);
            throw storeFailure;
        }
        await(compiling);
    }

    private static RuleSet await(CompletableFuture<RuleSet> compiling) {
        try {
            return compiling.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Compiles the rules folder; throws with every error when it does not compile. */
    synchronized RuleSet rules() {
        if (rules == null) {
            Path folder = options.rulesOrDefault();
            rules = new RuleCompiler(options.threadsOrDefault() + 1).compile(folder);
            LOG.info("rules {} compiled from {} ({} files)", rules.shortHash(), folder, rules.files().size());
        }
        return rules;
    }

    Database store() {
        if (database == null) {
            database = Database.open(location);
            LOG.info("store {} open", location.display());
        }
        return database;
    }

    /** The store opened read-only, for a command that must write nothing; {@link #store()} is then that store. */
    Database readOnlyStore() {
        if (database == null) {
            database = Database.openReadOnly(location);
            LOG.info("store {} open read-only", location.display());
        }
        return database;
    }

    StoreLocation location() {
        return location;
    }

    Path rulesFolder() {
        return options.rulesOrDefault();
    }

    Clock clock() {
        return clock;
    }

    int threads() {
        return options.threadsOrDefault();
    }

    Path triggersFile() {
        if (options.triggersFile != null) {
            return options.triggersFile;
        }
        Path folder = location.embedded() ? location.folder() : Path.of(StoreLocation.DEFAULT);
        return folder.resolve("triggers.jsonl");
    }

    /** The automations file, read and checked on first use; throws naming the key of the first problem. */
    Automations automations() {
        if (automations == null) {
            automations = AutomationsFile.load(options.automationsOrDefault(), triggersFile(), System.getenv(),
                    rules().triggerNames());
            LOG.info("{}", automations.describe());
        }
        return automations;
    }

    Path automationsFile() {
        return options.automationsOrDefault();
    }

    /** The month run by hand, on this workspace's store, clock, dispatcher and threads. */
    MonthScoring monthScoring() {
        return new MonthScoring(store(), clock(), this::dispatcher, threads());
    }

    /** The month to date by hand, on this workspace's store, clock, dispatcher and threads. */
    ProvisionalScoring provisionalScoring() {
        return new ProvisionalScoring(store(), clock(), this::dispatcher, threads());
    }

    Dispatcher dispatcher() {
        if (dispatcher == null) {
            dispatcher = new Dispatcher(store(), automations(), clock, NodeName.local());
            if (location.embedded()) {
                int freed = dispatcher.releaseAbandonedClaims();
                if (freed > 0) {
                    LOG.info("freed the claims a killed process left on {} triggers; they are delivered now", freed);
                }
            }
        }
        return dispatcher;
    }

    @Override
    public void close() {
        if (automations != null) {
            automations.close();
        }
        if (rules != null) {
            rules.close();
        }
        if (database != null) {
            database.close();
        }
    }
}

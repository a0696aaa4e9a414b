package io.healthscore.rules;

import io.healthscore.HealthscoreException;
import io.healthscore.rules.ReloadOutcome.Status;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.MessageFormatter;

/** One reload of a rules folder into the active rules, logged for whoever edited the rules. */
final class RulesReload {
    // logged as the watcher's: operators follow hot reloads on one logger
    private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);

    private final Path folder;
    private final RuleCompiler compiler;
    private final ActiveRules active;

    RulesReload(Path folder, RuleCompiler compiler, ActiveRules active) {
        this.folder = folder;
        this.compiler = compiler;
        this.active = active;
    }

    /** Serialised: a reload asked for by hand must not interleave with one of the watch thread. */
    synchronized ReloadOutcome run() {
        RuleSet before = active.current();
        try {
            // an editor's touch or a save of the same text: nothing to compile
            if (RuleCompiler.hash(folder).equals(before.hash())) {
                return unchanged(before);
            }
            RuleSet next = compiler.compile(folder);
            String nextHash = next.hash();
            String nextShortHash = next.shortHash();
            int files = next.files().size();
            if (!active.replace(next)) {
                return unchanged(before);
            }
            return report(Level.INFO, Status.RELOADED, nextHash, List.of(),
                    "rules reloaded: {} -> {} ({} files) from {}", before.shortHash(), nextShortHash, files, folder);
        } catch (RulesCompileException e) {
            e.errors().forEach(error -> LOG.warn("{}", error));
            return report(Level.WARN, Status.REJECTED, before.hash(), e.errors(),
                    "rules edit in {} does not compile ({} errors); rules {} stay active",
                    folder, e.errors().size(), before.shortHash());
        } catch (HealthscoreException e) {
            return report(Level.WARN, Status.REJECTED, before.hash(), List.of(),
                    "{}; rules {} stay active", e.getMessage(), before.shortHash());
        } catch (UncheckedIOException e) {
            // typically a file deleted between listing and reading it, mid-save; its settled change comes next
            return report(Level.WARN, Status.REJECTED, before.hash(), List.of(),
                    "cannot read the rules in {} ({}); rules {} stay active", folder, e.getMessage(), before.shortHash());
        }
    }

    /** Keeps the watch (and a starting service) alive whatever a reload throws: it goes on with the rules it has. */
    void runLogged() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.error("rules reload from {} failed; rules {} stay active", folder, active.current().shortHash(), e);
        }
    }

    private static ReloadOutcome unchanged(RuleSet before) {
        return report(Level.DEBUG, Status.UNCHANGED, before.hash(), List.of(),
                "rules unchanged: {} stays active", before.shortHash());
    }

    /** Logs the outcome's line and keeps it as its message. */
    private static ReloadOutcome report(Level level, Status status, String activeHash, List<RuleError> errors,
            String pattern, Object... arguments) {
        LOG.atLevel(level).log(pattern, arguments);
        return new ReloadOutcome(status, activeHash, errors, MessageFormatter.basicArrayFormat(pattern, arguments));
    }
}

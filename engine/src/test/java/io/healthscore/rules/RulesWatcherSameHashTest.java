package io.healthscore.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import io.healthscore.rules.ReloadOutcome.Status;
import io.healthscore.testhelper.LogCapture;
import io.healthscore.testhelper.RulesFolder;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save that leaves the rules' text as it was (same hash) changes nothing. */
class RulesWatcherSameHashTest {
    private static final Duration SETTLE = Duration.ofMillis(300);

    @TempDir
    Path temp;

    @Test
    void should_keep_the_same_rule_set_when_a_file_is_saved_with_its_text_unchanged() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(temp.resolve("rules"));
        RuleCompiler compiler = new RuleCompiler(2);
        try (ActiveRules active = new ActiveRules(compiler.compile(rules.path()));
             LogCapture log = LogCapture.of(RulesWatcher.class);
             RulesWatcher watcher = RulesWatcher.start(rules.path(), compiler, active, SETTLE)) {
            RuleSet before = active.current();
            // start checks once for edits made before the watch began
            assertThat(unchangedLines(log)).isEqualTo(1);

            rules.write("30-bands.drl", rules.read("30-bands.drl"));
            await("the save to be checked").atMost(RulesFolder.RELOAD_WAIT).until(() -> unchangedLines(log) == 2);

            assertThat(active.current()).isSameAs(before);
            assertThat(before.isClosed()).isFalse();
            assertThat(log.messages(Level.DEBUG)).contains("rules unchanged: " + before.shortHash() + " stays active");
            assertThat(log.messages(Level.INFO)).noneMatch(line -> line.startsWith("rules reloaded"));
        }
    }

    @Test
    void should_report_unchanged_when_reloaded_without_an_edit() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(temp.resolve("rules"));
        RuleCompiler compiler = new RuleCompiler(2);
        try (ActiveRules active = new ActiveRules(compiler.compile(rules.path()));
             RulesWatcher watcher = RulesWatcher.start(rules.path(), compiler, active, SETTLE)) {
            RuleSet before = active.current();

            ReloadOutcome outcome = watcher.reload();

            assertThat(outcome.status()).isEqualTo(Status.UNCHANGED);
            assertThat(outcome.activeHash()).isEqualTo(before.hash());
            assertThat(outcome.errors()).isEmpty();
            assertThat(active.current()).isSameAs(before);
        }
    }

    private static long unchangedLines(LogCapture log) {
        return log.messages(Level.DEBUG).stream().filter(line -> line.startsWith("rules unchanged")).count();
    }
}

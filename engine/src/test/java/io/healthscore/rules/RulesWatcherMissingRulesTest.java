package io.healthscore.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import io.healthscore.assessment.Band;
import io.healthscore.rules.ReloadOutcome.Status;
import io.healthscore.testhelper.LogCapture;
import io.healthscore.testhelper.RulesFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files or the whole folder going away leaves the active rules in place, and their return is picked up. */
class RulesWatcherMissingRulesTest {
    private static final Duration SETTLE = Duration.ofMillis(300);

    @TempDir
    Path temp;

    @Test
    void should_keep_the_active_rules_when_the_folder_no_longer_holds_a_rule_file() throws IOException {
        RulesFolder rules = RulesFolder.copyOfRepoRules(temp.resolve("rules"));
        RuleCompiler compiler = new RuleCompiler(2);
        try (ActiveRules active = new ActiveRules(compiler.compile(rules.path()));
             LogCapture log = LogCapture.of(RulesWatcher.class);
             RulesWatcher watcher = RulesWatcher.start(rules.path(), compiler, active, SETTLE)) {
            RuleSet before = active.current();

            deleteRuleFiles(rules.path());
            await("the empty folder to be reported").atMost(RulesFolder.RELOAD_WAIT)
                    .until(() -> log.has(Level.WARN, "holds no .drl file"));

            assertThat(active.current()).isSameAs(before);
            ReloadOutcome outcome = watcher.reload();
            assertThat(outcome.status()).isEqualTo(Status.REJECTED);
            assertThat(outcome.activeHash()).isEqualTo(before.hash());
            assertThat(outcome.message()).startsWith("rules folder " + rules.path() + " holds no .drl file")
                    .endsWith("; rules " + before.shortHash() + " stay active");
        }
    }

    @Test
    void should_reload_when_a_deleted_folder_comes_back_with_edited_rules() throws IOException {
        RulesFolder rules = RulesFolder.copyOfRepoRules(temp.resolve("rules"));
        RuleCompiler compiler = new RuleCompiler(2);
        try (ActiveRules active = new ActiveRules(compiler.compile(rules.path()));
             LogCapture log = LogCapture.of(RulesWatcher.class);
             RulesWatcher watcher = RulesWatcher.start(rules.path(), compiler, active, SETTLE)) {
            RuleSet before = active.current();

            deleteRuleFiles(rules.path());
            Files.delete(rules.path());
            await("the missing folder to be reported").atMost(RulesFolder.RELOAD_WAIT)
                    .until(() -> log.has(Level.WARN, "does not exist"));
            assertThat(active.current()).isSameAs(before);

            RulesFolder back = RulesFolder.copyOfRepoRules(rules.path());
            back.edit("30-bands.drl", text -> text.replace("score >= 76", "score >= 80").replace("score <= 75", "score <= 79"));
            await("the folder's return to be reloaded").atMost(RulesFolder.RELOAD_WAIT)
                    .until(() -> log.has(Level.INFO, "rules reloaded"));

            assertThat(OneWeek.band(active.current(), "78")).isEqualTo(Band.HEALTHY);
        }
    }

    private static void deleteRuleFiles(Path folder) throws IOException {
        for (String name : new String[] {"10-weekly-score.drl", "20-monthly-score.drl", "30-bands.drl", "40-triggers.drl"}) {
            Files.delete(folder.resolve(name));
        }
    }
}

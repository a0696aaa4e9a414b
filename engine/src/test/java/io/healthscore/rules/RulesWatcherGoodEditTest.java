package io.healthscore.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import io.healthscore.assessment.Band;
import io.healthscore.testhelper.LogCapture;
import io.healthscore.testhelper.RulesFolder;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edit that compiles becomes the active rule set while the service runs, without a restart. */
class RulesWatcherGoodEditTest {
    private static final Duration SETTLE = Duration.ofMillis(300);

    @TempDir
    Path temp;

    @Test
    void should_score_with_the_new_band_threshold_when_a_rule_file_is_edited_in_place() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(temp.resolve("rules"));
        RuleCompiler compiler = new RuleCompiler(2);
        try (ActiveRules active = new ActiveRules(compiler.compile(rules.path()));
             LogCapture log = LogCapture.of(RulesWatcher.class);
             RulesWatcher watcher = RulesWatcher.start(rules.path(), compiler, active, SETTLE)) {
            RuleSet before = active.current();
            assertThat(OneWeek.band(before, "78")).isEqualTo(Band.THRIVING);

            rules.edit("30-bands.drl", text -> text.replace("score >= 76", "score >= 80").replace("score <= 75", "score <= 79"));
            await("the edited rules to be reloaded").atMost(RulesFolder.RELOAD_WAIT)
                    .until(() -> log.has(Level.INFO, "rules reloaded"));

            RuleSet after = active.current();
            assertThat(after.hash()).isEqualTo(RuleCompiler.hash(rules.path()));
            assertThat(OneWeek.band(after, "78")).isEqualTo(Band.HEALTHY);
            assertThat(log.messages(Level.INFO)).contains("rules reloaded: " + before.shortHash() + " -> "
                    + after.shortHash() + " (4 files) from " + rules.path());
            assertThat(log.messages(Level.WARN)).isEmpty();
        }
    }

    @Test
    void should_reload_when_an_editor_saves_through_a_temporary_file_and_a_rename() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(temp.resolve("rules"));
        RuleCompiler compiler = new RuleCompiler(2);
        try (ActiveRules active = new ActiveRules(compiler.compile(rules.path()));
             LogCapture log = LogCapture.of(RulesWatcher.class);
             RulesWatcher watcher = RulesWatcher.start(rules.path(), compiler, active, SETTLE)) {
            RuleSet before = active.current();

            rules.saveThroughRename("20-monthly-score.drl", "// reviewed after Q3\n" + rules.read("20-monthly-score.drl"));
            await("the saved rules to be reloaded").atMost(RulesFolder.RELOAD_WAIT)
                    .until(() -> log.has(Level.INFO, "rules reloaded"));

            assertThat(active.current().hash()).isNotEqualTo(before.hash())
                    .isEqualTo(RuleCompiler.hash(rules.path()));
            assertThat(active.current().files())
                    .containsExactly("10-weekly-score.drl", "20-monthly-score.drl", "30-bands.drl", "40-triggers.drl");
            assertThat(log.messages(Level.WARN)).isEmpty();
        }
    }
}

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

/** Where the file system cannot be watched, listing the folder every settle period still picks edits up. */
class RulesWatcherPollingTest {
    private static final Duration SETTLE = Duration.ofMillis(300);

    @TempDir
    Path temp;

    @Test
    void should_reload_an_edit_when_the_folder_is_listed_instead_of_watched() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(temp.resolve("rules"));
        RuleCompiler compiler = new RuleCompiler(2);
        try (ActiveRules active = new ActiveRules(compiler.compile(rules.path()));
             LogCapture log = LogCapture.of(RulesWatcher.class);
             RulesWatcher watcher = RulesWatcher.startPolling(rules.path(), compiler, active, SETTLE)) {
            RuleSet before = active.current();

            // a different size as well as a later time: some file systems keep modification times to the second
            rules.edit("30-bands.drl", text -> "// thresholds moved up\n"
                    + text.replace("score >= 76", "score >= 80").replace("score <= 75", "score <= 79"));
            await("the edited rules to be reloaded").atMost(RulesFolder.RELOAD_WAIT)
                    .until(() -> log.has(Level.INFO, "rules reloaded"));

            assertThat(active.current()).isNotSameAs(before);
            assertThat(OneWeek.band(active.current(), "78")).isEqualTo(Band.HEALTHY);
        }
    }
}

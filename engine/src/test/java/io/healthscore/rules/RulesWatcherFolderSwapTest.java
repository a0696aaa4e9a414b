package io.healthscore.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import io.healthscore.assessment.Band;
import io.healthscore.testhelper.LogCapture;
import io.healthscore.testhelper.RulesFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deployment that renames a new folder into the rules folder's place is picked up like an edit. */
class RulesWatcherFolderSwapTest {
    private static final Duration SETTLE = Duration.ofMillis(300);

    @TempDir
    Path temp;

    @Test
    void should_reload_when_the_folder_is_replaced_by_another_under_the_same_name() throws IOException {
        RulesFolder rules = RulesFolder.copyOfRepoRules(temp.resolve("rules"));
        RulesFolder release = RulesFolder.copyOfRepoRules(temp.resolve("rules.next"));
        release.edit("30-bands.drl", text -> text.replace("score >= 76", "score >= 80").replace("score <= 75", "score <= 79"));
        RuleCompiler compiler = new RuleCompiler(2);
        try (ActiveRules active = new ActiveRules(compiler.compile(rules.path()));
             LogCapture log = LogCapture.of(RulesWatcher.class);
             RulesWatcher watcher = RulesWatcher.start(rules.path(), compiler, active, SETTLE)) {

            // a watch follows the renamed folder, not the name: nothing inside the watched folder changes here
            Files.move(rules.path(), temp.resolve("rules.old"));
            Files.move(release.path(), rules.path());
            await("the new folder to be reloaded").atMost(RulesFolder.RELOAD_WAIT)
                    .until(() -> log.has(Level.INFO, "rules reloaded"));

            assertThat(OneWeek.band(active.current(), "78")).isEqualTo(Band.HEALTHY);
        }
    }
}

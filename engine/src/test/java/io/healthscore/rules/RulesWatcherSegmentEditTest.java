package io.healthscore.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import io.healthscore.testhelper.LogCapture;
import io.healthscore.testhelper.RulesFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running service picks up a new segment folder and an edit of a segment file, watched or polled. */
class RulesWatcherSegmentEditTest {
    private static final Duration SETTLE = Duration.ofMillis(300);

    @TempDir
    Path temp;

    @Test
    void should_add_a_segment_set_and_reload_its_edit_when_the_folder_is_watched() throws IOException {
        check(false);
    }

    @Test
    void should_add_a_segment_set_and_reload_its_edit_when_the_folder_is_polled() throws IOException {
        check(true);
    }

    private void check(boolean polled) throws IOException {
        RulesFolder rules = RulesFolder.copyOfRepoRules(temp.resolve("rules"));
        RuleCompiler compiler = new RuleCompiler(2);
        try (ActiveRules active = new ActiveRules(compiler.compile(rules.path()));
             LogCapture log = LogCapture.of(RulesWatcher.class);
             RulesWatcher watcher = polled ? RulesWatcher.startPolling(rules.path(), compiler, active, SETTLE)
                     : RulesWatcher.start(rules.path(), compiler, active, SETTLE)) {
            Path enterprise = Files.createDirectories(rules.path().resolve("segments/enterprise"));
            Files.writeString(enterprise.resolve("30-bands.drl"), rules.read("30-bands.drl"));
            await("the new segment set").atMost(RulesFolder.RELOAD_WAIT)
                    .until(() -> active.current().segments().containsKey("enterprise"));
            String first = active.current().forSegment("enterprise").hash();

            Files.writeString(enterprise.resolve("30-bands.drl"), "// enterprise\n" + rules.read("30-bands.drl"));
            await("the edited segment file").atMost(RulesFolder.RELOAD_WAIT)
                    .until(() -> !active.current().forSegment("enterprise").hash().equals(first));

            assertThat(active.current().forSegment("enterprise").sources().get("segments/enterprise/30-bands.drl"))
                    .startsWith("// enterprise");
            assertThat(active.current().hash()).isEqualTo(RuleCompiler.hash(rules.path()));
            assertThat(log.messages(Level.WARN)).isEmpty();
        }
    }
}

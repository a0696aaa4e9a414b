package io.healthscore.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.RulesFolder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch runs on one daemon thread, which closing the watcher ends. */
class RulesWatcherCloseTest {
    @TempDir
    Path temp;

    @Test
    void should_end_its_daemon_thread_when_closed() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(temp.resolve("rules"));
        RuleCompiler compiler = new RuleCompiler(2);
        try (ActiveRules active = new ActiveRules(compiler.compile(rules.path()))) {
            RulesWatcher watcher = RulesWatcher.start(rules.path(), compiler, active, Duration.ofMillis(300));
            List<Thread> running = watchThreads();
            assertThat(running).hasSize(1);
            assertThat(running.get(0).isDaemon()).isTrue();

            watcher.close();
            watcher.close();

            assertThat(running.get(0).isAlive()).isFalse();
            assertThat(watchThreads()).isEmpty();
        }
    }

    private static List<Thread> watchThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().equals(RulesWatcher.THREAD_NAME) && thread.isAlive())
                .toList();
    }
}

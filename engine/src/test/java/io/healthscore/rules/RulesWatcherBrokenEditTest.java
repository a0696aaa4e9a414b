package io.healthscore.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import io.healthscore.assessment.Band;
import io.healthscore.testhelper.LogCapture;
import io.healthscore.testhelper.RulesFolder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An edit that does not compile is reported with file and line, and the rules in use stay until it is fixed. */
class RulesWatcherBrokenEditTest {
    private static final Duration SETTLE = Duration.ofMillis(300);
    private static final String HEALTHY_PATTERN = "MonthlyScore( score >= 51, score <= 75 )";
    private static final String UNCLOSED_PATTERN = "MonthlyScore( score >= 51, score <= 75";

    @TempDir
    Path temp;

    @Test
    void should_keep_the_active_rules_and_warn_with_file_and_line_when_an_edit_does_not_compile() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(temp.resolve("rules"));
        RuleCompiler compiler = new RuleCompiler(2);
        try (ActiveRules active = new ActiveRules(compiler.compile(rules.path()));
             LogCapture log = LogCapture.of(RulesWatcher.class);
             RulesWatcher watcher = RulesWatcher.start(rules.path(), compiler, active, SETTLE)) {
            RuleSet before = active.current();

            rules.edit("30-bands.drl", text -> text.replace(HEALTHY_PATTERN, UNCLOSED_PATTERN));
            await("the broken edit to be reported").atMost(RulesFolder.RELOAD_WAIT)
                    .until(() -> log.has(Level.WARN, "does not compile"));

            assertThat(active.current()).isSameAs(before);
            assertThat(OneWeek.band(before, "78")).isEqualTo(Band.THRIVING);
            // Drools notices the missing parenthesis on the line after it, the rule's "then"
            int line = lineOf(rules.read("30-bands.drl"), UNCLOSED_PATTERN) + 1;
            assertThat(log.messages(Level.WARN)).containsExactly(
                    rules.file("30-bands.drl") + ":" + line + ":1: [ERR 102] mismatched input 'then' in rule"
                            + " \"band HEALTHY: 51 to 75\"",
                    "rules edit in " + rules.path() + " does not compile (1 errors); rules " + before.shortHash()
                            + " stay active");
        }
    }

    @Test
    void should_make_the_fix_active_when_a_broken_edit_is_corrected() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(temp.resolve("rules"));
        RuleCompiler compiler = new RuleCompiler(2);
        try (ActiveRules active = new ActiveRules(compiler.compile(rules.path()));
             LogCapture log = LogCapture.of(RulesWatcher.class);
             RulesWatcher watcher = RulesWatcher.start(rules.path(), compiler, active, SETTLE)) {
            RuleSet before = active.current();
            rules.edit("30-bands.drl", text -> text.replace(HEALTHY_PATTERN, UNCLOSED_PATTERN));
            await("the broken edit to be reported").atMost(RulesFolder.RELOAD_WAIT)
                    .until(() -> log.has(Level.WARN, "does not compile"));

            rules.edit("30-bands.drl", text -> text.replace(UNCLOSED_PATTERN, "MonthlyScore( score >= 51, score <= 79 )")
                    .replace("score >= 76", "score >= 80"));
            await("the fixed rules to be reloaded").atMost(RulesFolder.RELOAD_WAIT)
                    .until(() -> log.has(Level.INFO, "rules reloaded"));

            assertThat(active.current()).isNotSameAs(before);
            assertThat(OneWeek.band(active.current(), "78")).isEqualTo(Band.HEALTHY);
        }
    }

    private static int lineOf(String text, String part) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        return 1 + lines.indexOf(lines.stream().filter(line -> line.contains(part)).findFirst().orElseThrow());
    }
}

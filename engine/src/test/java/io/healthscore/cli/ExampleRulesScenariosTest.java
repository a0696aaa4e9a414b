package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SettableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The example rule set rules/examples/portfolio passes its own scenarios, those of its enterprise segment
 * included, and uses each item of the rule vocabulary it is there to show.
 */
class ExampleRulesScenariosTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");
    private static final Path EXAMPLE = Repo.rules().resolve("examples/portfolio");
    private static final Pattern SCENARIO_START = Pattern.compile("^- scenario: ", Pattern.MULTILINE);

    @Test
    void should_pass_every_scenario_of_the_example_set_and_its_segment() throws IOException {
        CliRun run = CliRun.run(CLOCK, "rules", "test", "--rules", EXAMPLE.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).isEmpty();
        long base = scenarios(EXAMPLE.resolve("scenarios"));
        long enterprise = scenarios(EXAMPLE.resolve("segments/enterprise/scenarios"));
        assertThat(run.outLines()).filteredOn(line -> line.startsWith("PASS ")).hasSize((int) (base + enterprise));
        Matcher summary = Pattern.compile("rules test: (\\d+) scenarios in 5 files \\((\\d+) base, (\\d+) segment enterprise\\),"
                + " (\\d+) passed, 0 failed .*").matcher(run.outLines().get(run.outLines().size() - 1));
        assertThat(summary.matches()).as(run.out()).isTrue();
        assertThat(Long.parseLong(summary.group(1))).isEqualTo(base + enterprise);
    }

    @Test
    void should_use_every_item_of_the_vocabulary_in_the_example_set() throws IOException {
        String rules;
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(path -> path.toString().endsWith(".drl")).sorted().toList()) {
                text.append(Files.readString(file));
            }
            rules = text.toString();
        }

        assertThat(rules).contains("@lookback(months = ", "@lookback(weeks = ", "@cooldown(months = ", "streak(",
                "changeFromBaseline(", "slope(\"login\"", "latestNps(", "Coverage(", "new LowConfidence(",
                "Thresholds.of(", "new MonthBand(Band.AT_RISK, \"", "@early", "Provisional( weeks >= ");
        assertThat(EXAMPLE.resolve("segments/enterprise/30-bands.drl")).isRegularFile();
    }

    private static long scenarios(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            long count = 0;
            for (Path file : files.toList()) {
                count += SCENARIO_START.matcher(Files.readString(file)).results().count();
            }
            return count;
        }
    }
}

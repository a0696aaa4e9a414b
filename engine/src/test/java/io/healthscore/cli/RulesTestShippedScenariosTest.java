package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.rules.RuleCompiler;
import io.healthscore.rules.RuleSet;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SettableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The scenario files shipped in rules/scenarios/ all pass on the repository's rules, and cover CONTRACT sections 2 and 3. */
class RulesTestShippedScenariosTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");
    private static final Pattern SCENARIO_START = Pattern.compile("^- scenario: ", Pattern.MULTILINE);

    @Test
    void should_pass_every_shipped_scenario_when_the_rules_are_the_repository_rules() throws IOException {
        CliRun run = CliRun.run(CLOCK, "rules", "test", "--rules", Repo.rules().toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.err()).isEmpty();
        long scenarios = scenarioCount();
        assertThat(run.outLines()).filteredOn(line -> line.startsWith("PASS ")).hasSize((int) scenarios);
        assertThat(run.outLines()).filteredOn(line -> line.startsWith("FAIL ")).isEmpty();
        assertThat(run.outLines()).last().asString().isEqualTo("rules test: " + scenarios + " scenarios in 3 files, "
                + scenarios + " passed, 0 failed (rules " + repoRulesHash() + " from " + Repo.rules() + ")");
    }

    @Test
    void should_name_file_line_and_scenario_when_a_scenario_passes() {
        CliRun run = CliRun.run(CLOCK, "rules", "test", "--rules", Repo.rules().toString());

        assertThat(run.outLines()).contains("PASS 20-bands.yaml:22 a mean of exactly 75.5 rounds half up to 76, THRIVING");
    }

    @Test
    void should_expect_every_band_and_every_trigger_of_the_contract_when_the_scenarios_are_read() throws IOException {
        String all = String.join("\n", scenarioTexts());

        for (String band : List.of("THRIVING", "HEALTHY", "STEADY", "AT_RISK", "NONE")) {
            assertThat(all).as("band " + band).contains("band: " + band);
        }
        for (String trigger : List.of("outreach-email", "follow-up-task", "support-resources-email", "engagement-email",
                "upsell-opportunity", "loyalty-offer", "case-study-request", "referral-request",
                "internal-notification", "score-drop-alert")) {
            assertThat(all).as("trigger " + trigger).containsPattern("triggers: \\[[^\\]]*" + trigger);
        }
        for (int boundary : List.of(0, 25, 26, 50, 51, 75, 76, 100)) {
            assertThat(all).as("boundary score " + boundary).contains("score: " + boundary + ",");
        }
    }

    private static long scenarioCount() throws IOException {
        return scenarioTexts().stream().mapToLong(text -> SCENARIO_START.matcher(text).results().count()).sum();
    }

    private static List<String> scenarioTexts() throws IOException {
        try (Stream<Path> files = Files.list(Repo.rules().resolve("scenarios"))) {
            List<Path> yaml = files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
            assertThat(yaml).hasSize(3);
            return yaml.stream().map(RulesTestShippedScenariosTest::read).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String repoRulesHash() {
        try (RuleSet rules = new RuleCompiler(1).compile(Repo.rules())) {
            return rules.shortHash();
        }
    }
}

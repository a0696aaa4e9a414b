package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.DefaultRules;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SampleStore;
import io.healthscore.testhelper.SettableClock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report names the rule set or sets that scored its month: the one hash when every assessment of the month
 * came from one, and each of them, the one that scored the most companies first, when a company was re-scored
 * with other rules.
 */
class ReportRuleSetsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private SampleStore store;

    @BeforeEach
    void scoreTheSamples() {
        store = new SampleStore(folder);
        assertThat(store.demo().exitCode()).isZero();
    }

    @Test
    void should_name_the_rules_that_scored_the_month_when_one_rule_set_scored_every_company() throws Exception {
        String hash = DefaultRules.ruleSet().hash();

        JsonNode report = json(store.command("report", "--month", "2026-10", "--format", "json"));
        CliRun text = store.command("report", "--month", "2026-10");

        assertThat(report.get("rulesHash").asText()).isEqualTo(hash);
        assertThat(strings(report.get("rulesHashes"))).containsExactly(hash);
        assertThat(text.out().lines().findFirst())
                .hasValue("Portfolio health 2026-10 (40 companies, rules " + hash.substring(0, 12) + ")");
    }

    @Test
    void should_name_each_rule_set_most_used_first_when_a_company_was_rescored_with_other_rules() throws Exception {
        RulesFolder edited = RulesFolder.copyOfRepoRules(folder.resolve("edited-rules"));
        edited.edit("10-weekly-score.drl", text -> text + "\n// reviewed 2026-11\n");
        CliRun rescored = CliRun.run(SettableClock.at(SampleStore.NOW), "score", "acme", "--month", "2026-10",
                "--store", folder.toString(), "--triggers-file", store.triggersFile().toString(),
                "--rules", edited.path().toString());
        assertThat(rescored.exitCode()).as(rescored.err()).isZero();
        String inForce = DefaultRules.ruleSet().hash();
        String other = json(CliRun.run(SettableClock.at(SampleStore.NOW), "explain", "acme", "--month", "2026-10",
                "--json", "--store", folder.toString())).get("rulesHash").asText();
        assertThat(other).isNotEqualTo(inForce);

        JsonNode report = json(store.command("report", "--month", "2026-10", "--format", "json"));
        CliRun text = store.command("report", "--month", "2026-10");

        assertThat(report.get("rulesHash").isNull()).isTrue();
        assertThat(strings(report.get("rulesHashes"))).containsExactly(inForce, other);
        assertThat(text.out().lines().findFirst()).hasValue("Portfolio health 2026-10 (40 companies, rules "
                + inForce.substring(0, 12) + " and " + other.substring(0, 12) + ")");
        assertThat(store.command("report", "--month", "2026-10", "--format", "html").out())
                .contains("rules <code title=\"" + inForce + "\">" + inForce.substring(0, 12) + "</code> and <code title=\""
                        + other + "\">" + other.substring(0, 12) + "</code>");
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}

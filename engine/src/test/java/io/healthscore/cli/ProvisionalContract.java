package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SettableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --provisional} and {@code score --provisional} score the current month on its complete weeks, store
 * the score apart from the month's assessment, emit only the triggers of {@code @early} rules, and are shown as
 * provisional until the month's assessment supersedes them; on the embedded store and on PostgreSQL.
 */
abstract class ProvisionalContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Thursday 12 November 2026: of November's five weeks, those ending on Sunday 1 and 8 November are complete. */
    private static final String MID_NOVEMBER = "2026-11-12T07:00:00Z";
    private static final String EARLY_RULE = """
            package healthscore.rules;
            dialect "mvel"

            import io.healthscore.assessment.Band;
            import io.healthscore.assessment.Previous;
            import io.healthscore.rules.facts.MonthBand;
            import io.healthscore.rules.facts.Provisional;
            import io.healthscore.rules.facts.Trigger;

            rule "trending at risk: early warning"
                @early
                salience 50
            when
                Provisional( weeks >= 2 )
                MonthBand( band == Band.AT_RISK )
                Previous( band != Band.AT_RISK )
            then
                insert(new Trigger("trending-at-risk"));
            end
            """;

    @TempDir
    Path folder;

    private final SettableClock clock = SettableClock.at("2026-11-02T07:00:00Z");
    private String store;
    private RulesFolder rules;

    abstract String createStore(Path folder);

    abstract void dropStore(String store);

    @BeforeEach
    void scoreOctoberAndIngestNovemberSoFar() {
        store = createStore(folder);
        rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
        Path metrics = InputFile.lines(folder, "metrics.jsonl",
                CliStore.week("acme", "2026-09-28", "70", "60", null),
                CliStore.week("acme", "2026-10-05", "70", "60", null),
                CliStore.week("acme", "2026-10-12", "70", "60", null),
                CliStore.week("acme", "2026-10-19", "70", "60", null),
                // November: the week of 26 October ends on Sunday 1 November
                CliStore.week("acme", "2026-10-26", "20", "20", null),
                CliStore.week("acme", "2026-11-02", "20", "20", null),
                // the running week: its Sunday, 15 November, has not passed
                CliStore.week("acme", "2026-11-09", "90", "90", null));
        succeeded(cli("ingest", metrics.toString()));
        succeeded(cli("run", "--month", "2026-10"));
        clock.set(Instant.parse(MID_NOVEMBER));
    }

    @AfterEach
    void drop() {
        dropStore(store);
    }

    @Test
    void should_score_the_complete_weeks_only_when_the_month_is_run_provisionally() throws IOException {
        JsonNode scored = JSON.readTree(succeeded(cli("run", "--provisional", "--json")).out());

        assertThat(scored.path("month").asText()).isEqualTo("2026-11");
        assertThat(scored.path("weeks").asInt()).isEqualTo(2);
        assertThat(scored.path("score").asInt()).isEqualTo(20);
        assertThat(scored.path("band").asText()).isEqualTo("AT_RISK");
        assertThat(scored.path("previousBand").asText()).isEqualTo("HEALTHY");
        assertThat(scored.path("provisional").path("weeks").asInt()).isEqualTo(2);
        assertThat(scored.path("provisional").path("weeksInMonth").asInt()).isEqualTo(5);
    }

    @Test
    void should_emit_no_trigger_when_no_rule_declares_early() throws IOException {
        JsonNode scored = JSON.readTree(succeeded(cli("run", "--provisional", "--json")).out());

        assertThat(scored.path("triggers")).isEmpty();
        assertThat(triggers("2026-11")).isEmpty();
        assertThat(JSON.readTree(succeeded(cli("score", "acme", "--provisional", "--json")).out()).path("triggers"))
                .isEmpty();
        // the default rules asked for the AT_RISK outreach; a provisional score does not even list it
        assertThat(JSON.readTree(succeeded(cli("explain", "acme", "--month", "2026-11", "--json")).out())
                .path("triggers")).isEmpty();
    }

    @Test
    void should_store_the_score_apart_when_the_month_is_scored_to_date() throws IOException {
        succeeded(cli("run", "--provisional"));

        JsonNode history = JSON.readTree(succeeded(cli("history", "acme", "--json")).out());
        assertThat(history.path("assessments")).extracting(entry -> entry.path("month").asText())
                .containsExactly("2026-10");
        assertThat(history.path("provisional")).hasSize(1);
        assertThat(history.path("provisional").get(0).path("month").asText()).isEqualTo("2026-11");
        assertThat(history.path("provisional").get(0).path("superseded").asBoolean()).isFalse();
        JsonNode explained = JSON.readTree(succeeded(cli("explain", "acme", "--month", "2026-11", "--json")).out());
        assertThat(explained.path("provisional").path("weeks").asInt()).isEqualTo(2);
        assertThat(explained.path("weeks")).extracting(week -> week.path("week").asText())
                .containsExactly("2026-10-26", "2026-11-02");
        JsonNode listed = JSON.readTree(succeeded(cli("companies", "--json")).out());
        assertThat(listed.path("month").asText()).isEqualTo("2026-11");
        assertThat(listed.path("band").asText()).isEqualTo("AT_RISK");
        assertThat(listed.path("provisional").path("weeksInMonth").asInt()).isEqualTo(5);
        assertThat(succeeded(cli("companies")).out()).contains("provisional, 2 of 5 weeks");
    }

    @Test
    void should_list_the_score_on_the_most_weeks_when_the_month_was_scored_to_date_week_after_week() throws IOException {
        clock.set(Instant.parse("2026-11-05T07:00:00Z"));
        succeeded(cli("run", "--provisional"));
        clock.set(Instant.parse(MID_NOVEMBER));
        succeeded(cli("run", "--provisional"));
        // scoring one week again (a clock set back) does not make the earlier score the one listed
        clock.set(Instant.parse("2026-11-05T07:00:00Z"));
        succeeded(cli("score", "acme", "--provisional"));

        JsonNode listed = JSON.readTree(succeeded(cli("companies", "--month", "2026-11", "--json")).out());
        JsonNode history = JSON.readTree(succeeded(cli("history", "acme", "--json")).out());

        assertThat(listed.path("provisional").path("weeks").asInt()).isEqualTo(2);
        assertThat(listed.path("score").asInt()).isEqualTo(20);
        assertThat(history.path("provisional")).extracting(entry -> entry.path("provisional").path("weeks").asInt())
                .containsExactly(2, 1);
    }

    @Test
    void should_show_the_monthly_assessment_and_keep_the_provisional_one_when_the_month_is_run() throws IOException {
        succeeded(cli("run", "--provisional"));
        clock.set(Instant.parse("2026-12-02T07:00:00Z"));

        succeeded(cli("run", "--month", "2026-11"));

        JsonNode listed = JSON.readTree(succeeded(cli("companies", "--month", "2026-11", "--json")).out());
        assertThat(listed.path("score").asInt()).isEqualTo(43);
        assertThat(listed.has("provisional")).isFalse();
        assertThat(JSON.readTree(succeeded(cli("explain", "acme", "--month", "2026-11", "--json")).out())
                .has("provisional")).isFalse();
        JsonNode history = JSON.readTree(succeeded(cli("history", "acme", "--json")).out());
        assertThat(history.path("assessments")).extracting(entry -> entry.path("month").asText())
                .containsExactly("2026-11", "2026-10");
        assertThat(history.path("provisional")).hasSize(1);
        assertThat(history.path("provisional").get(0).path("score").asInt()).isEqualTo(20);
        assertThat(history.path("provisional").get(0).path("superseded").asBoolean()).isTrue();
        assertThat(succeeded(cli("history", "acme")).out()).contains("superseded by the month's assessment");
    }

    @Test
    void should_emit_a_declared_early_trigger_once_when_scored_to_date_again() throws IOException {
        rules.write("45-early.drl", EARLY_RULE);

        JsonNode first = JSON.readTree(succeeded(cli("run", "--provisional", "--json")).out());
        JsonNode again = JSON.readTree(succeeded(cli("run", "--provisional", "--json")).out());
        JsonNode scored = JSON.readTree(succeeded(cli("score", "acme", "--provisional", "--json")).out());

        assertThat(first.path("triggers")).extracting(JsonNode::asText).containsExactly("trending-at-risk");
        assertThat(again.path("triggers")).isEmpty();
        assertThat(scored.path("triggers")).isEmpty();
        assertThat(triggers("2026-11")).containsExactly("trending-at-risk");
        JsonNode history = JSON.readTree(succeeded(cli("history", "acme", "--json")).out());
        assertThat(history.path("provisional").get(0).path("triggers")).extracting(JsonNode::asText)
                .containsExactly("trending-at-risk");
    }

    @Test
    void should_record_the_run_as_provisional_with_its_counts_when_the_month_is_run_to_date() throws IOException {
        succeeded(cli("run", "--provisional"));

        List<JsonNode> runs = new ArrayList<>();
        for (String line : succeeded(CliRun.run(clock, "runs", "--json", "--store", store)).outLines()) {
            runs.add(JSON.readTree(line));
        }

        assertThat(runs).extracting(run -> run.path("kind").asText()).containsExactly("provisional", "manual");
        JsonNode toDate = runs.get(0);
        assertThat(toDate.path("month").asText()).isEqualTo("2026-11");
        assertThat(toDate.path("status").asText()).isEqualTo("done");
        assertThat(toDate.path("shardsDone").asInt()).isEqualTo(1);
        assertThat(toDate.path("companies").asInt()).isEqualTo(1);
        assertThat(toDate.path("bands").path("AT_RISK").asInt()).isEqualTo(1);
        assertThat(runs.get(1).path("completedBy").isNull()).isTrue();
    }

    @Test
    void should_score_one_company_to_date_when_score_is_provisional() throws IOException {
        JsonNode scored = JSON.readTree(succeeded(cli("score", "acme", "--provisional", "--json")).out());

        assertThat(scored.path("month").asText()).isEqualTo("2026-11");
        assertThat(scored.path("score").asInt()).isEqualTo(20);
        assertThat(scored.path("provisional").path("weeks").asInt()).isEqualTo(2);
        assertThat(JSON.readTree(succeeded(cli("history", "acme", "--json")).out()).path("assessments"))
                .hasSize(1);
    }

    @Test
    void should_score_nothing_when_no_week_of_the_month_is_complete() {
        clock.set(Instant.parse("2026-11-01T20:00:00Z"));

        CliRun run = cli("run", "--provisional");
        CliRun score = cli("score", "acme", "--provisional");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("no week of 2026-11 is complete yet");
        assertThat(score.exitCode()).isEqualTo(1);
        assertThat(score.err()).contains("no week of 2026-11 is complete yet");
    }

    @Test
    void should_refuse_the_options_when_month_and_provisional_are_combined() {
        assertThat(cli("run", "--provisional", "--month", "2026-11").exitCode()).isEqualTo(2);
        assertThat(cli("score", "acme", "--provisional", "--month", "2026-11").exitCode()).isEqualTo(2);
        assertThat(cli("run").exitCode()).isEqualTo(2);
    }

    /** The names of the triggers stored for acme's month. */
    private List<String> triggers(String month) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : succeeded(cli("triggers", "--company", "acme", "--month", month, "--json")).outLines()) {
            if (!line.isBlank()) {
                names.add(JSON.readTree(line).path("trigger").asText());
            }
        }
        return names;
    }

    private CliRun cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", store, "--rules", rules.path().toString(),
                "--triggers-file", folder.resolve("triggers.jsonl").toString(), "--threads", "2"));
        return CliRun.run(clock, all.toArray(String[]::new));
    }

    private static CliRun succeeded(CliRun run) {
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
        return run;
    }
}

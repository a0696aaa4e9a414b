package io.healthscore.store;

import static io.healthscore.store.CliScenario.COMPANY_ORDER;
import static io.healthscore.store.CliScenario.INGEST;
import static io.healthscore.store.CliScenario.RUN_OCTOBER;
import static io.healthscore.store.CliScenario.RUN_OCTOBER_AGAIN;
import static io.healthscore.store.CliScenario.RUN_SEPTEMBER;
import static io.healthscore.store.CliScenario.SCORE_ACME_CORRECTED;
import static io.healthscore.store.CliScenario.SCORING_STEPS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SettableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole command line path against one store: ingest, run two months, a correction, an on-demand re-score and
 * a re-run, all with {@code --json} (see {@link CliScenario}). The scenario runs once per class; the tests read
 * what it printed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CliStoreContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestStore kind;

    Path scratch;
    private StoreLocation location;
    CliScenario scenario;

    CliStoreContract(TestStore kind) {
        this.kind = kind;
    }

    @BeforeAll
    void runTheScenario(@TempDir Path scratch) throws IOException {
        this.scratch = scratch;
        location = kind.create(scratch);
        scenario = CliScenario.run(scratch.resolve("on-" + kind.name().toLowerCase()), store(location));
    }

    @AfterAll
    void dropTheStore() {
        if (location != null) {
            kind.drop(location);
        }
    }

    @Test
    void should_succeed_when_every_step_of_the_scenario_runs() {
        assertThat(scenario.steps()).allSatisfy(step -> assertThat(step.exitCode()).as(step.command()).isZero());
        assertThat(scenario.steps().get(INGEST).out())
                .contains("ingested 18 weekly records and 2 companies-file records; rejected 0 records");
    }

    @Test
    void should_print_one_json_line_per_company_in_id_order_when_a_month_is_run() {
        List<JsonNode> october = scenario.json(RUN_OCTOBER);

        assertThat(october).extracting(line -> line.get("company").asText())
                .containsExactlyElementsOf(COMPANY_ORDER);
        assertThat(october).allSatisfy(line -> assertThat(line.get("month").asText()).isEqualTo("2026-10"));
    }

    @Test
    void should_score_from_the_stored_weeks_and_previous_month_when_a_month_is_run() {
        JsonNode september = scenario.json(RUN_SEPTEMBER).get(COMPANY_ORDER.indexOf("acme"));
        JsonNode acme = scenario.json(RUN_OCTOBER).get(COMPANY_ORDER.indexOf("acme"));
        JsonNode a1 = scenario.json(RUN_OCTOBER).get(COMPANY_ORDER.indexOf("A1"));

        // September: 0.4 * 90 + 0.4 * 80 + 0.2 * (60 + 100) / 2 = 84; October: (60 + 55) / 2 = 57.5
        assertThat(september.get("score").asInt()).isEqualTo(84);
        assertThat(september.get("weeks").asInt()).isEqualTo(3);
        assertThat(acme.get("score").asInt()).isEqualTo(58);
        assertThat(acme.get("previousScore").asInt()).isEqualTo(84);
        assertThat(acme.get("previousBand").asText()).isEqualTo("THRIVING");
        assertThat(acme.get("triggers")).extracting(JsonNode::asText)
                .contains("upsell-opportunity", "score-drop-alert");
        // 75.5 read back from the store must stay exact: half up gives 76
        assertThat(a1.get("score").asInt()).isEqualTo(76);
    }

    @Test
    void should_emit_no_trigger_again_when_a_month_is_run_a_second_time() {
        assertThat(scenario.json(RUN_OCTOBER))
                .anySatisfy(line -> assertThat(line.get("triggers")).isNotEmpty());

        assertThat(scenario.json(RUN_OCTOBER_AGAIN))
                .allSatisfy(line -> assertThat(line.get("triggers")).isEmpty());
    }

    @Test
    void should_use_the_corrected_week_when_a_company_is_scored_again() {
        JsonNode before = scenario.json(RUN_OCTOBER).get(COMPANY_ORDER.indexOf("acme"));
        JsonNode rescored = scenario.json(SCORE_ACME_CORRECTED).get(0);

        assertThat(rescored.get("company").asText()).isEqualTo("acme");
        assertThat(rescored.get("score").asInt()).isLessThan(before.get("score").asInt());
        assertThat(rescored.get("previousScore")).isEqualTo(before.get("previousScore"));
    }

    @Test
    void should_deliver_every_emitted_trigger_once_when_runs_and_scores_follow_each_other() throws IOException {
        List<String> emitted = new ArrayList<>();
        for (int step : SCORING_STEPS) {
            for (JsonNode line : scenario.json(step)) {
                line.get("triggers").forEach(name -> emitted.add(line.get("company").asText() + "/"
                        + line.get("month").asText() + "/" + name.asText()));
            }
        }

        assertThat(scenario.triggerLines()).extracting(line -> JSON.readTree(line).get("id").asText())
                .containsExactlyInAnyOrderElementsOf(emitted)
                .doesNotHaveDuplicates();
    }

    @Test
    void should_succeed_and_print_only_the_delivery_line_when_a_month_is_run_on_an_empty_store() {
        StoreLocation empty = kind.create(scratch.resolve("empty"));
        try {
            CliRun run = CliRun.run(SettableClock.at("2026-11-05T09:00:00Z"), "run", "--month", "2026-10", "--json",
                    "--store", store(empty), "--rules", Repo.rules().toString(),
                    "--triggers-file", scratch.resolve("empty/triggers.jsonl").toString());

            assertThat(run.errLines()).singleElement().asString()
                    .startsWith("delivery: 0 delivered, 0 waiting to retry, 0 dead-lettered, 0 off");
            assertThat(run.exitCode()).isZero();
            assertThat(run.outLines()).isEmpty();
        } finally {
            kind.drop(empty);
        }
    }

    /** The value to give --store for this location. */
    static String store(StoreLocation location) {
        return location.embedded() ? location.folder().toString() : location.jdbcUrl();
    }
}

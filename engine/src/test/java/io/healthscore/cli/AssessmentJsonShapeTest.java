package io.healthscore.cli;

import static io.healthscore.testhelper.CliStore.of;
import static io.healthscore.testhelper.CliStore.triggers;
import static io.healthscore.testhelper.CliStore.week;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.SettableClock;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract 4: {@code run --json} and {@code score --json} print one JSON object per assessment, one a line, with
 * at least the contract's fields; absent values are explicit nulls and driver averages are decimals (55.0).
 * October for acme reproduces the contract's example.
 */
class AssessmentJsonShapeTest {
    @TempDir
    Path folder;

    private CliStore store;

    @BeforeEach
    void ingest_the_contract_example() {
        store = new CliStore(folder, SettableClock.at("2026-11-03T09:00:00Z"));
        store.ingest(
                week("acme", "2026-09-07", "47", "47", null),   // September: STEADY 47
                week("quiet", "2026-09-07", "80", "80", null),  // data in September only
                // October: login 70, 70, 70.5, 70.5 (70.25); adoption 40, 60, 60, 60 (55.0); NPS 12 in one week
                // weekly 55.2, 65, 65.25, 65.25: mean 62.675, score 63
                week("acme", "2026-09-28", "70", "40", "12"),
                week("acme", "2026-10-05", "70", "60", null),
                week("acme", "2026-10-12", "70.5", "60", null),
                week("acme", "2026-10-19", "70.5", "60", null),
                week("newco", "2026-10-05", "30", "30", null)); // first seen in October, no NPS
        store.run("2026-09");
    }

    @Test
    void should_print_the_contract_fields_when_a_month_is_run_with_json() {
        JsonNode acme = of(store.run("2026-10"), "acme");

        assertThat(acme.path("company").asText()).isEqualTo("acme");
        assertThat(acme.path("month").asText()).isEqualTo("2026-10");
        assertThat(acme.get("score").isInt()).as("score is a whole number").isTrue();
        assertThat(acme.get("score").asInt()).isEqualTo(63);
        assertThat(acme.path("band").asText()).isEqualTo("HEALTHY");
        assertThat(acme.path("previousBand").asText()).isEqualTo("STEADY");
        assertThat(acme.get("previousScore").isInt()).isTrue();
        assertThat(acme.get("previousScore").asInt()).isEqualTo(47);
        assertThat(acme.get("weeks").isInt()).isTrue();
        assertThat(acme.get("weeks").asInt()).isEqualTo(4);
        assertThat(acme.get("drivers").isObject()).isTrue();
        assertThat(acme.get("drivers").get("login").decimalValue()).isEqualByComparingTo("70.25");
        assertThat(acme.get("drivers").get("adoption").decimalValue()).isEqualByComparingTo("55");
        assertThat(acme.get("drivers").get("nps").decimalValue()).isEqualByComparingTo("12");
        assertThat(acme.get("triggers").isArray()).isTrue();
        assertThat(triggers(acme)).containsExactlyInAnyOrder("upsell-opportunity", "loyalty-offer", "internal-notification");
    }

    @Test
    void should_write_driver_averages_as_decimals_when_they_are_whole() {
        String line = store.command("run", "--month", "2026-10", "--json").outLines().stream()
                .filter(text -> text.contains("\"company\":\"acme\""))
                .findFirst().orElseThrow();

        assertThat(line).contains("\"login\":70.25", "\"adoption\":55.0", "\"nps\":12.0");
    }

    @Test
    void should_print_one_object_per_line_and_nothing_else_when_a_month_is_run_with_json() {
        CliRun run = store.command("run", "--month", "2026-10", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(3).allSatisfy(line -> {
            assertThat(line).startsWith("{").endsWith("}");
            assertThat(CliStore.parse(line).isObject()).isTrue();
        });
        assertThat(run.outLines()).extracting(line -> CliStore.parse(line).path("company").asText())
                .containsExactlyInAnyOrder("acme", "newco", "quiet");
    }

    @Test
    void should_print_explicit_nulls_when_the_month_has_no_data() {
        JsonNode quiet = of(store.run("2026-10"), "quiet");

        assertThat(quiet.path("band").asText()).isEqualTo("NONE");
        assertThat(quiet.has("score")).as("score is present").isTrue();
        assertThat(quiet.get("score").isNull()).as("score is null").isTrue();
        assertThat(quiet.get("weeks").asInt()).isZero();
        assertThat(quiet.path("previousBand").asText()).isEqualTo("THRIVING");
        assertThat(quiet.get("previousScore").asInt()).isEqualTo(80);
        assertNoDrivers(quiet.get("drivers"));
        assertThat(triggers(quiet)).containsExactly("internal-notification");
    }

    @Test
    void should_print_explicit_nulls_when_there_is_no_previous_assessment_or_nps() {
        JsonNode newco = of(store.run("2026-10"), "newco");

        assertThat(newco.path("previousBand").asText()).isEqualTo("NONE");
        assertThat(newco.has("previousScore")).isTrue();
        assertThat(newco.get("previousScore").isNull()).isTrue();
        assertThat(newco.get("drivers").has("nps")).isTrue();
        assertThat(newco.get("drivers").get("nps").isNull()).isTrue();
        assertThat(newco.get("drivers").get("login").decimalValue()).isEqualByComparingTo("30");
    }

    @Test
    void should_print_the_same_assessment_when_one_company_is_scored_with_json() {
        JsonNode fromRun = of(store.run("2026-10"), "acme");
        CliRun score = store.command("score", "acme", "--month", "2026-10", "--json");

        assertThat(score.exitCode()).isZero();
        assertThat(score.outLines()).hasSize(1);
        JsonNode scored = CliStore.parse(score.outLines().get(0));
        for (String field : List.of("company", "month", "score", "band", "previousBand", "previousScore", "weeks",
                "drivers")) {
            assertThat(scored.get(field)).as(field).isEqualTo(fromRun.get(field));
        }
        assertThat(scored.get("triggers").isArray()).isTrue();
        assertThat(triggers(scored)).as("emitted by the run already").isEmpty();
    }

    @Test
    void should_print_explicit_nulls_when_one_company_without_data_is_scored_with_json() {
        JsonNode quiet = store.score("quiet", "2026-10");

        assertThat(quiet.path("band").asText()).isEqualTo("NONE");
        assertThat(quiet.get("score").isNull()).isTrue();
        assertThat(quiet.get("weeks").asInt()).isZero();
        assertNoDrivers(quiet.get("drivers"));
    }

    /** No data, no drivers: the contract does not say whether as a null object or an object of nulls. */
    private static void assertNoDrivers(JsonNode drivers) {
        assertThat(drivers).as("drivers is present").isNotNull();
        if (!drivers.isNull()) {
            for (String field : List.of("login", "adoption", "nps")) {
                assertThat(drivers.has(field)).as("drivers.%s is present", field).isTrue();
                assertThat(drivers.get(field).isNull()).as("drivers.%s is null", field).isTrue();
            }
        }
    }
}

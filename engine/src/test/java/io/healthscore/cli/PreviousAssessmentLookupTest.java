package io.healthscore.cli;

import static io.healthscore.testhelper.CliStore.of;
import static io.healthscore.testhelper.CliStore.triggers;
import static io.healthscore.testhelper.CliStore.week;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.SettableClock;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contract 2.4: the previous assessment is the company's latest assessment of an earlier month, never one of the
 * same or a later month; with none, previous band NONE and previous score null. Scores: one week with
 * login = adoption = the score.
 */
class PreviousAssessmentLookupTest {
    @TempDir
    Path folder;

    private CliStore store;

    @BeforeEach
    void open_store() {
        store = new CliStore(folder, SettableClock.at("2026-12-03T09:00:00Z"));
    }

    @Test
    void should_give_previous_none_when_there_is_no_earlier_assessment() {
        store.ingest(week("acme", "2026-10-05", "60", "60", null));

        JsonNode october = of(store.run("2026-10"), "acme");

        assertThat(october.path("previousBand").asText()).isEqualTo("NONE");
        assertThat(october.get("previousScore").isNull()).as("previousScore is an explicit null").isTrue();
    }

    @Test
    void should_take_the_latest_earlier_month_when_several_months_were_assessed() {
        store.ingest(
                week("acme", "2026-08-03", "60", "60", null),
                week("acme", "2026-09-07", "40", "40", null),
                week("acme", "2026-10-05", "80", "80", null));
        store.run("2026-08");
        store.run("2026-09");

        JsonNode october = of(store.run("2026-10"), "acme");

        assertThat(october.path("previousBand").asText()).isEqualTo("STEADY");
        assertThat(october.path("previousScore").asInt()).isEqualTo(40);
        assertThat(october.path("drivers").path("change").asInt()).isEqualTo(40);
    }

    @Test
    void should_skip_a_month_that_was_never_assessed_when_looking_back() {
        // September has data but was never run: the latest assessment is August's
        store.ingest(
                week("acme", "2026-08-03", "60", "60", null),
                week("acme", "2026-09-07", "40", "40", null),
                week("acme", "2026-10-05", "80", "80", null));
        store.run("2026-08");

        JsonNode october = of(store.run("2026-10"), "acme");

        assertThat(october.path("previousBand").asText()).isEqualTo("HEALTHY");
        assertThat(october.path("previousScore").asInt()).isEqualTo(60);
    }

    @Test
    void should_take_a_no_data_assessment_as_previous_when_it_is_the_latest() {
        // August HEALTHY, September assessed without data (NONE), October HEALTHY: entering HEALTHY again
        store.ingest(
                week("acme", "2026-08-03", "60", "60", null),
                week("acme", "2026-10-05", "60", "60", null));
        store.run("2026-08");
        store.run("2026-09");

        JsonNode october = of(store.run("2026-10"), "acme");

        assertThat(october.path("previousBand").asText()).isEqualTo("NONE");
        assertThat(october.get("previousScore").isNull()).isTrue();
        assertThat(triggers(october))
                .containsExactlyInAnyOrder("upsell-opportunity", "loyalty-offer", "internal-notification");
    }

    @Test
    void should_not_take_the_month_itself_as_previous_when_a_month_is_run_again() {
        store.ingest(
                week("acme", "2026-09-07", "40", "40", null),
                week("acme", "2026-10-05", "80", "80", null));
        store.run("2026-09");
        store.run("2026-10");

        JsonNode rerun = of(store.run("2026-10"), "acme");
        JsonNode rescored = store.score("acme", "2026-10");

        for (JsonNode october : List.of(rerun, rescored)) {
            assertThat(october.path("previousBand").asText()).isEqualTo("STEADY");
            assertThat(october.path("previousScore").asInt()).isEqualTo(40);
        }
    }

    @Test
    void should_not_take_a_later_month_as_previous_when_an_earlier_month_is_scored_again() {
        store.ingest(
                week("acme", "2026-08-03", "20", "20", null),
                week("acme", "2026-09-07", "40", "40", null),
                week("acme", "2026-10-05", "80", "80", null));
        store.run("2026-08");
        store.run("2026-09");
        store.run("2026-10");

        JsonNode rescored = store.score("acme", "2026-09");
        JsonNode rerun = of(store.run("2026-09"), "acme");

        for (JsonNode september : List.of(rescored, rerun)) {
            assertThat(september.path("previousBand").asText()).isEqualTo("AT_RISK");
            assertThat(september.path("previousScore").asInt()).isEqualTo(20);
            assertThat(september.path("drivers").path("change").asInt()).isEqualTo(20);
        }
    }

    @Test
    void should_give_previous_none_when_the_first_month_is_scored_again_after_later_months() {
        store.ingest(
                week("acme", "2026-09-07", "40", "40", null),
                week("acme", "2026-10-05", "80", "80", null));
        store.run("2026-09");
        store.run("2026-10");

        JsonNode september = store.score("acme", "2026-09");

        assertThat(september.path("previousBand").asText()).isEqualTo("NONE");
        assertThat(september.get("previousScore").isNull()).isTrue();
        assertThat(triggers(september)).isEmpty();
    }

    @Test
    void should_look_up_each_company_s_own_previous_when_a_run_scores_many_companies() {
        // ids whose order differs between case-sensitive and case-insensitive or punctuation-aware sorting
        store.ingest(
                week("acme", "2026-09-07", "60", "60", null),
                week("Beta", "2026-09-07", "40", "40", null),
                week("b-2", "2026-09-07", "80", "80", null),
                week("b.3", "2026-08-03", "90", "90", null),  // August only: NONE in September
                week("b_4", "2026-09-07", "20", "20", null),
                week("Zeta", "2026-09-07", "30", "30", null));
        store.run("2026-09");
        String[] companies = {"acme", "Beta", "b-2", "b.3", "b_4", "Zeta", "a-new"};
        String[] october = new String[companies.length];
        for (int i = 0; i < companies.length; i++) {
            october[i] = week(companies[i], "2026-10-05", "70", "70", null);
        }
        store.ingest(october);  // a-new is first seen now, after September's run

        List<JsonNode> run = store.run("2026-10");

        assertThat(run).hasSize(companies.length);
        assertPrevious(of(run, "acme"), "HEALTHY", 60);
        assertPrevious(of(run, "Beta"), "STEADY", 40);
        assertPrevious(of(run, "b-2"), "THRIVING", 80);
        assertPrevious(of(run, "b.3"), "NONE", null);
        assertPrevious(of(run, "b_4"), "AT_RISK", 20);
        assertPrevious(of(run, "Zeta"), "STEADY", 30);
        assertPrevious(of(run, "a-new"), "NONE", null);
    }

    private static void assertPrevious(JsonNode assessment, String band, Integer score) {
        String company = assessment.path("company").asText();
        assertThat(assessment.path("previousBand").asText()).as("%s previousBand", company).isEqualTo(band);
        if (score == null) {
            assertThat(assessment.get("previousScore").isNull()).as("%s previousScore is null", company).isTrue();
        } else {
            assertThat(assessment.path("previousScore").asInt()).as("%s previousScore", company).isEqualTo(score);
        }
    }
}

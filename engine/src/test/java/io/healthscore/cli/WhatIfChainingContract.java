package io.healthscore.cli;

import static io.healthscore.cli.WhatIfOutput.counts;
import static io.healthscore.cli.WhatIfOutput.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.InputFile;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * what-if on one company scored 78 in July and 85 in August: THRIVING both months under the rules in force, and
 * under a candidate with THRIVING from 80, HEALTHY in July, so that its August enters THRIVING from its own July.
 */
abstract class WhatIfChainingContract {
    private final HistoryStore.Kind kind;

    @TempDir
    Path scratch;

    private HistoryStore history;
    private Path thriving80;

    WhatIfChainingContract(HistoryStore.Kind kind) {
        this.kind = kind;
    }

    @BeforeEach
    void julyAndAugustScored() {
        history = HistoryStore.create(kind, scratch);
        history.ingest(InputFile.lines(scratch, "chain.jsonl",
                CliStore.week("chain", "2026-07-06", "78", "78", null),
                CliStore.week("chain", "2026-08-03", "85", "85", null)));
        history.run("2026-07");
        history.run("2026-08");
        thriving80 = WhatIfStoreContract.thrivingFrom80(scratch.resolve("thriving-80"));
    }

    @AfterEach
    void dropTheStore() {
        history.close();
    }

    @Test
    void should_fire_the_candidates_thriving_triggers_in_august_when_it_put_the_company_in_healthy_in_july() {
        JsonNode report = json(history.whatIf(thriving80, "2026-07", "2026-08", "--json"));

        assertThat(report.get("bandChanges")).singleElement().satisfies(change -> {
            assertThat(change.get("month").asText()).isEqualTo("2026-07");
            assertThat(change.get("inForce").get("band").asText()).isEqualTo("THRIVING");
            assertThat(change.get("candidate").get("band").asText()).isEqualTo("HEALTHY");
        });
        // in force: July enters THRIVING, August stays; candidate: July enters HEALTHY, August enters THRIVING
        assertThat(counts(report, "inForce")).isEqualTo(Map.of(
                "case-study-request", 1L, "referral-request", 1L, "internal-notification", 1L));
        assertThat(counts(report, "candidate")).isEqualTo(Map.of("upsell-opportunity", 1L, "loyalty-offer", 1L,
                "case-study-request", 1L, "referral-request", 1L, "internal-notification", 2L));
    }

    @Test
    void should_start_both_sides_from_the_stored_july_when_the_range_starts_in_august() {
        JsonNode report = json(history.whatIf(thriving80, "2026-08", "2026-08", "--json"));

        assertThat(report.get("assessments").asLong()).isEqualTo(1);
        assertThat(report.get("bandChanges")).isEmpty();
        assertThat(report.get("triggers")).isEmpty();
    }

    @Test
    void should_count_the_re_scorings_that_differ_from_the_stored_ones_when_a_correction_arrived_after_the_run() {
        history.ingest(InputFile.lines(scratch, "correction.jsonl",
                CliStore.week("chain", "2026-07-06", "40", "40", null)));

        JsonNode report = json(history.whatIf(thriving80, "2026-07", "2026-09", "--json"));
        CliRun text = history.whatIf(thriving80, "2026-07", "2026-09");

        // July re-scores to 40 (stored: 78), August is as stored, September was never run
        assertThat(report.get("assessments").asLong()).isEqualTo(3);
        assertThat(report.get("storedDiffers").asLong()).isEqualTo(1);
        assertThat(report.get("notStored").asLong()).isEqualTo(1);
        assertThat(text.outLines().get(2)).isEqualTo("stored history: 1 of 3 re-scored with the rules in force differ"
                + " from the stored assessments (band or score): they were scored with other rules or before"
                + " corrections; 1 not stored (month not run)");
    }
}

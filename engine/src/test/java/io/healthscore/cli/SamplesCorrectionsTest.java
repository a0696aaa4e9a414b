package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SampleStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The samples' corrections file re-sends weeks with corrected values; ingested after the originals, it wins. */
class SamplesCorrectionsTest {
    private static final String CORRECTIONS = "metrics-2026-10_corrections.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void should_ingest_the_corrections_last_when_demo_sorts_the_metrics_files() {
        List<String> names = SampleStore.metricFiles().stream().map(file -> file.getFileName().toString()).toList();

        // "-" sorts before ".": metrics-2026-10-corrections.jsonl would come before metrics-2026-10.jsonl
        assertThat(names).containsExactly("metrics-2026-07.jsonl", "metrics-2026-08.csv", "metrics-2026-09.json",
                "metrics-2026-10.jsonl", CORRECTIONS);
    }

    @Test
    void should_change_the_band_when_a_correction_replaces_a_week() throws IOException {
        SampleStore store = new SampleStore(folder);
        List<String> originals = new ArrayList<>(List.of("ingest", "--companies", Repo.samples().resolve("companies.csv").toString()));
        SampleStore.metricFiles().stream().filter(file -> !file.endsWith(CORRECTIONS)).forEach(file -> originals.add(file.toString()));
        assertThat(store.command(originals.toArray(String[]::new)).exitCode()).isZero();

        assertThat(bandAndScore(store, "cyberdyne", "2026-10")).isEqualTo("STEADY 43");
        assertThat(bandAndScore(store, "massive-dynamic", "2026-09")).isEqualTo("HEALTHY 70");

        assertThat(store.command("ingest", Repo.samples().resolve(CORRECTIONS).toString()).exitCode()).isZero();

        assertThat(bandAndScore(store, "cyberdyne", "2026-10")).isEqualTo("HEALTHY 57");
        assertThat(bandAndScore(store, "massive-dynamic", "2026-09")).isEqualTo("THRIVING 77");
    }

    private static String bandAndScore(SampleStore store, String company, String month) throws IOException {
        CliRun score = store.command("score", company, "--month", month, "--json");
        assertThat(score.exitCode()).as("score %s %s; stderr: %s", company, month, score.err()).isZero();
        JsonNode assessment = JSON.readTree(score.out());
        return assessment.get("band").asText() + " " + assessment.get("score").asText();
    }
}

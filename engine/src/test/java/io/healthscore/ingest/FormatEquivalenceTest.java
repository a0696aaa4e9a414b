package io.healthscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.StoreContents;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract 1: JSON Lines, a JSON array and CSV, chosen by extension, carry the same records the same way. */
class FormatEquivalenceTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");

    /** Two companies, NPS present, null and absent, a week whose Sunday falls in the next month. */
    private static final List<String> STORED = List.of(
            "acme 2026-09-28 82.5 61 40",
            "acme 2026-10-05 70.25 55 -",
            "acme 2026-10-12 0 100 -",
            "beta.co_2-x 2026-10-19 33.333333 12.5 -100",
            "beta.co_2-x 2026-10-26 100 0 100");

    @TempDir
    Path folder;

    @Test
    void should_store_the_same_rows_when_the_same_data_comes_as_jsonl_json_or_csv() {
        List<String> jsonl = ingest(jsonLines("metrics.jsonl"));
        List<String> json = ingest(jsonArray("metrics.json"));
        List<String> csv = ingest(csv("metrics.csv"));

        assertThat(jsonl).isEqualTo(STORED);
        assertThat(json).isEqualTo(STORED);
        assertThat(csv).isEqualTo(STORED);
    }

    @Test
    void should_score_identically_when_the_same_data_comes_as_jsonl_json_or_csv() {
        List<String> jsonl = scoreOctober(jsonLines("metrics.jsonl"));
        List<String> json = scoreOctober(jsonArray("metrics.json"));
        List<String> csv = scoreOctober(csv("metrics.csv"));

        assertThat(jsonl).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"month\":\"2026-10\""));
        assertThat(json).isEqualTo(jsonl);
        assertThat(csv).isEqualTo(jsonl);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"METRICS.JSONL", "Metrics.Json", "metrics.CSV"})
    void should_choose_the_format_by_extension_when_the_extension_is_upper_case(String name) {
        Path file = switch (name.toLowerCase().substring(name.lastIndexOf('.') + 1)) {
            case "jsonl" -> jsonLines(name);
            case "json" -> jsonArray(name);
            default -> csv(name);
        };

        assertThat(ingest(file)).isEqualTo(STORED);
    }

    private List<String> ingest(Path file) {
        Path store = folder.resolve("store-" + file.getFileName());
        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).isEmpty();
        Stderr.assertNoStackTrace(run);
        try (StoreContents contents = StoreContents.open(store)) {
            return contents.weekLines();
        }
    }

    private List<String> scoreOctober(Path file) {
        ingest(file);
        Path store = folder.resolve("store-" + file.getFileName());
        CliRun run = CliRun.run(CLOCK, "run", "--month", "2026-10", "--json", "--store", store.toString(),
                "--rules", Repo.rules().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.outLines();
    }

    private Path jsonLines(String name) {
        return InputFile.lines(folder, name,
                "{\"company\": \"acme\", \"week\": \"2026-09-28\", \"login\": 82.5, \"adoption\": 61, \"nps\": 40}",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 70.25, \"adoption\": 55.0, \"nps\": null}",
                "{\"company\": \"acme\", \"week\": \"2026-10-12\", \"login\": 0, \"adoption\": 100}",
                "{\"company\": \"beta.co_2-x\", \"week\": \"2026-10-19\", \"login\": 33.333333, \"adoption\": 12.5, \"nps\": -100}",
                "{\"company\": \"beta.co_2-x\", \"week\": \"2026-10-26\", \"login\": 100, \"adoption\": 0, \"nps\": 100}");
    }

    private Path jsonArray(String name) {
        return InputFile.lines(folder, name,
                "[",
                "  {\"company\": \"acme\", \"week\": \"2026-09-28\", \"login\": 82.5, \"adoption\": 61, \"nps\": 40},",
                "  {\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 70.25, \"adoption\": 55.0, \"nps\": null},",
                "  {\"company\": \"acme\", \"week\": \"2026-10-12\", \"login\": 0, \"adoption\": 100},",
                "  {\"company\": \"beta.co_2-x\", \"week\": \"2026-10-19\", \"login\": 33.333333, \"adoption\": 12.5, \"nps\": -100},",
                "  {\"company\": \"beta.co_2-x\", \"week\": \"2026-10-26\", \"login\": 100, \"adoption\": 0, \"nps\": 100}",
                "]");
    }

    private Path csv(String name) {
        return InputFile.lines(folder, name,
                "company,week,login,adoption,nps",
                "acme,2026-09-28,82.5,61,40",
                "acme,2026-10-05,70.25,55.0,",
                "acme,2026-10-12,0,100,",
                "beta.co_2-x,2026-10-19,33.333333,12.5,-100",
                "beta.co_2-x,2026-10-26,100,0,100");
    }
}

package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SampleStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** samples/README.md tells what each sample company scores every month; the engine must agree, cell by cell. */
class SamplesReadmeTest {
    private static final List<String> MONTHS = List.of("2026-07", "2026-08", "2026-09", "2026-10");
    /** A row of the expected-results table: | `company` | segment | BAND score | x 4 months | demonstrates | */
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| [^|]+((?:\\| [^|]+ ){4})\\|");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void should_assess_every_company_as_the_samples_readme_says_when_the_sample_months_are_run() throws IOException {
        SampleStore store = new SampleStore(folder);
        assertThat(store.ingestSamples().exitCode()).isZero();
        Map<String, String> assessed = new TreeMap<>();
        for (String month : MONTHS) {
            CliRun run = store.run(month, true);
            assertThat(run.exitCode()).as("run %s; stderr: %s", month, run.err()).isZero();
            for (String line : run.outLines()) {
                JsonNode assessment = JSON.readTree(line);
                JsonNode score = assessment.get("score");
                assessed.put(assessment.get("company").asText() + " " + month,
                        assessment.get("band").asText() + (score.isNull() ? "" : " " + score.asText()));
            }
        }

        Map<String, String> expected = readmeTable();

        assertThat(expected).as("companies x months in the README table").hasSize(40 * MONTHS.size());
        assertThat(disagreements(expected, assessed)).as("README cells the engine disagrees with").isEmpty();
    }

    /** company month -> "BAND score" ("NONE" alone), from the README's expected-results table. */
    private static Map<String, String> readmeTable() throws IOException {
        Map<String, String> cells = new TreeMap<>();
        for (String line : Files.readAllLines(Repo.samples().resolve("README.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                String[] months = row.group(2).trim().substring(2).split(" \\| ");
                for (int i = 0; i < MONTHS.size(); i++) {
                    cells.put(row.group(1) + " " + MONTHS.get(i), months[i].trim());
                }
            }
        }
        return cells;
    }

    private static List<String> disagreements(Map<String, String> expected, Map<String, String> assessed) {
        List<String> found = new ArrayList<>();
        TreeSet<String> keys = new TreeSet<>(expected.keySet());
        keys.addAll(assessed.keySet());
        for (String key : keys) {
            String readme = expected.get(key);
            String engine = assessed.get(key);
            if (readme == null || !readme.equals(engine)) {
                found.add(key + ": README says " + readme + ", the engine " + engine);
            }
        }
        return found;
    }
}

package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.Golden;
import io.healthscore.testhelper.SampleStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI run in-process on samples/ prints exactly the golden files in engine/src/test/resources/golden/
 * (after {@link SampleStore#normalise}: temporary paths, durations and the rules hash). To regenerate them after
 * an intended change: {@code mvn -q -o test -Dtest='Samples*Test' -Dgolden.update=true}, then review the diff.
 * What each sample company should show is in samples/README.md.
 */
class SamplesGoldenTest {
    @TempDir
    Path folder;

    private SampleStore store;

    @BeforeEach
    void openStore() {
        store = new SampleStore(folder);
    }

    @Test
    void should_print_the_golden_output_when_demo_runs_on_the_samples() throws IOException {
        CliRun demo = store.demo();

        assertThat(demo.exitCode()).as("exit status; stderr: %s", demo.err()).isZero();
        Golden.assertMatches("demo.txt", store.normalise(demo.out()));
        Golden.assertMatches("demo-triggers.jsonl", store.normalise(Files.readString(store.triggersFile())));
    }

    /** July to September are run first, so October's triggers are those it emits itself. */
    @Test
    void should_print_the_golden_assessments_when_october_is_run_as_json_after_the_earlier_months() {
        assertThat(store.ingestSamples().exitCode()).isZero();
        for (String month : List.of("2026-07", "2026-08", "2026-09")) {
            assertThat(store.run(month, false).exitCode()).as("run %s", month).isZero();
        }

        CliRun october = store.run("2026-10", true);

        assertThat(october.exitCode()).as("exit status; stderr: %s", october.err()).isZero();
        Golden.assertMatches("run-2026-10.jsonl", store.normalise(october.out()));
    }

    @Test
    void should_emit_no_trigger_when_demo_runs_a_second_time() throws IOException {
        assertThat(store.demo().exitCode()).isZero();
        List<String> delivered = Files.readAllLines(store.triggersFile());

        CliRun again = store.demo();

        assertThat(again.exitCode()).as("exit status; stderr: %s", again.err()).isZero();
        assertThat(Files.readAllLines(store.triggersFile())).as("triggers file after the second demo")
                .isEqualTo(delivered);
        assertThat(delivered).as("trigger ids: (company, month, trigger) at most once")
                .extracting(line -> line.substring(0, line.indexOf(',')))
                .doesNotHaveDuplicates();
        List<String> lines = again.outLines();
        assertThat(lines.stream().filter(line -> line.contains("triggers:")))
                .hasSize(4)
                .allSatisfy(line -> assertThat(line).endsWith("triggers: 0 emitted"));
        assertThat(lines.stream().filter(line -> line.contains("delivery: ")))
                .hasSize(4)
                .allSatisfy(line -> assertThat(line).contains("delivery: 0 delivered, 0 waiting to retry, 0 dead-lettered"));
        assertThat(tableRows(lines)).hasSize(40).allSatisfy(row -> assertThat(row).endsWith("  -"));
    }

    /** The rows of the demo's October table: from the line after its header to the first blank line. */
    private static List<String> tableRows(List<String> lines) {
        int header = lines.indexOf(lines.stream().filter(line -> line.startsWith("COMPANY")).findFirst().orElseThrow());
        return lines.subList(header + 1, lines.size()).stream().takeWhile(line -> !line.isBlank()).toList();
    }
}

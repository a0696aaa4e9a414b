package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SampleStore;
import io.healthscore.testhelper.SettableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's calibrate table is what calibrate prints on the demo store with samples/outcomes.csv. */
class CalibrateOnSamplesTest {
    private static final String COMMAND = "./healthscore calibrate --outcomes samples/outcomes.csv\n";

    @TempDir
    Path folder;

    @Test
    void should_print_the_readme_table_when_calibrating_the_demo_store_with_the_sample_outcomes() throws IOException {
        SampleStore store = new SampleStore(folder.resolve("store"));
        assertThat(store.demo().exitCode()).isZero();

        CliRun run = CliRun.run(SettableClock.at(SampleStore.NOW), "calibrate", "--store", store.folder().toString(),
                "--outcomes", Repo.samples().resolve("outcomes.csv").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().replace(Repo.samples().resolve("outcomes.csv").toString(), "samples/outcomes.csv"))
                .startsWith(readmeTable());
        assertThat(run.out()).contains("== segment enterprise ==", "== segment mid-market ==", "== segment smb ==");
    }

    private static String readmeTable() throws IOException {
        String readme = Files.readString(Repo.root().resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf(COMMAND);
        assertThat(start).as("the README shows calibrate on the samples").isNotNegative();
        int end = readme.indexOf("...\n```", start);
        return readme.substring(start + COMMAND.length(), end);
    }
}

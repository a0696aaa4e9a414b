package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.StoreContents;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contract 4: {@code score} of a company never seen in metrics nor a companies file fails (exit 1) with one line. */
class UnknownCompanyTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    void should_exit_1_naming_the_company_when_score_is_asked_for_an_unknown_company() {
        Path store = folder.resolve("store");
        Path metrics = InputFile.lines(folder, "metrics.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60}",
                "{\"company\": \"nobody\", \"week\": \"2026-10-05\", \"login\": 180, \"adoption\": 60}");
        CliRun.run(CLOCK, "ingest", metrics.toString(), "--store", store.toString());

        CliRun run = CliRun.run(CLOCK, "score", "nobody", "--month", "2026-10", "--store", store.toString(),
                "--rules", Repo.rules().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("unknown company 'nobody'");
        assertThat(run.out()).isEmpty();
        Stderr.assertNoStackTrace(run);
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.company("nobody")).isEmpty();
        }
    }
}

package io.healthscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contract 1: a rejected CSV row is reported with the line it starts on in the file, the header being line 1. */
class CsvLineNumberTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    void should_report_the_file_line_when_a_data_row_is_rejected() {
        Path file = InputFile.lines(folder, "metrics.csv",
                "company,week,login,adoption,nps",
                "acme,2026-10-05,101,60,",
                "acme,2026-10-12,80,60,",
                "acme,2026-10-19,80,60,-101");

        CliRun run = ingest(file);

        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith(file + ":2: login:");
        assertThat(run.errLines().get(1)).startsWith(file + ":4: nps:");
    }

    @Test
    void should_report_the_file_line_when_lines_end_in_crlf() {
        Path file = InputFile.raw(folder, "metrics.csv",
                "company,week,login,adoption,nps\r\nacme,2026-10-05,80,60,\r\nacme,2026-10-13,80,60,\r\n");

        CliRun run = ingest(file);

        assertThat(run.errLines()).singleElement().asString().startsWith(file + ":3: week:");
    }

    @Test
    void should_report_the_line_the_row_starts_on_when_an_earlier_cell_spans_lines() {
        Path file = InputFile.lines(folder, "metrics.csv",
                "company,week,login,adoption,nps,note",
                "acme,2026-10-05,80,60,,\"first line",
                "second line\"",
                "acme,2026-10-12,101,60,,",
                "acme,2026-10-19,80,60,,");

        CliRun run = ingest(file);

        assertThat(run.errLines()).singleElement().asString().startsWith(file + ":4: login:");
    }

    @Test
    void should_report_line_1_when_the_csv_file_is_empty() {
        Path file = InputFile.raw(folder, "metrics.csv", "");

        CliRun run = ingest(file);

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().startsWith(file + ":1: ");
    }

    private CliRun ingest(Path file) {
        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", folder.resolve("store").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        Stderr.assertNoStackTrace(run);
        return run;
    }
}

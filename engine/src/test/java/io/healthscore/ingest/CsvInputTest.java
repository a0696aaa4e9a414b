package io.healthscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.StoreContents;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contract 1: CSV with a header row naming the fields, as spreadsheets and exports write it. */
class CsvInputTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    void should_read_quoted_fields_when_cells_are_quoted() {
        Path file = InputFile.lines(folder, "metrics.csv",
                "\"company\",\"week\",\"login\",\"adoption\",\"nps\",\"note\"",
                "\"acme\",\"2026-10-05\",\"82.5\",\"61\",\"40\",\"renewal, Q4 \"\"big\"\" deal\"",
                "acme,2026-10-12,\" 70 \",55,\"\",\"two\nlines\"");

        assertThat(ingestCleanly(file)).containsExactly("acme 2026-10-05 82.5 61 40", "acme 2026-10-12 70 55 -");
    }

    @Test
    void should_store_no_nps_when_the_nps_cell_is_empty() {
        Path file = InputFile.lines(folder, "metrics.csv",
                "company,week,login,adoption,nps",
                "acme,2026-10-05,80,60,",
                "acme,2026-10-12,80,60,   ",
                "acme,2026-10-19,80,60,0");

        assertThat(ingestCleanly(file)).containsExactly(
                "acme 2026-10-05 80 60 -", "acme 2026-10-12 80 60 -", "acme 2026-10-19 80 60 0");
    }

    @Test
    void should_store_no_nps_when_there_is_no_nps_column() {
        Path file = InputFile.lines(folder, "metrics.csv", "company,week,login,adoption", "acme,2026-10-05,80,60");

        assertThat(ingestCleanly(file)).containsExactly("acme 2026-10-05 80 60 -");
    }

    @Test
    void should_ignore_unknown_columns_and_read_fields_by_header_name_when_columns_are_reordered() {
        Path file = InputFile.lines(folder, "metrics.csv",
                "region,nps,adoption,week,exported_by,login,company",
                "emea,-5,61,2026-10-05,ops,82.5,acme",
                ",,55,2026-10-12,,70,acme");

        assertThat(ingestCleanly(file)).containsExactly("acme 2026-10-05 82.5 61 -5", "acme 2026-10-12 70 55 -");
    }

    @Test
    void should_read_every_row_when_lines_end_in_crlf() {
        Path file = InputFile.raw(folder, "metrics.csv",
                "company,week,login,adoption,nps\r\nacme,2026-10-05,80,60,\r\nacme,2026-10-12,81,61,5\r\n");

        assertThat(ingestCleanly(file)).containsExactly("acme 2026-10-05 80 60 -", "acme 2026-10-12 81 61 5");
    }

    @Test
    void should_read_the_header_when_the_file_starts_with_a_utf8_byte_order_mark() {
        Path file = InputFile.withByteOrderMark(folder, "metrics.csv",
                "company,week,login,adoption,nps\nacme,2026-10-05,80,60,\n");

        assertThat(ingestCleanly(file))
                .containsExactly("acme 2026-10-05 80 60 -");
    }

    @Test
    void should_skip_blank_lines_when_a_csv_has_them_between_or_after_rows() {
        Path file = InputFile.raw(folder, "metrics.csv",
                "company,week,login,adoption,nps\n\nacme,2026-10-05,80,60,\n   \nacme,2026-10-12,81,61,\n\n\n");

        assertThat(ingestCleanly(file)).containsExactly("acme 2026-10-05 80 60 -", "acme 2026-10-12 81 61 -");
    }

    @Test
    void should_reject_only_that_row_when_a_row_has_more_cells_than_the_header() {
        Path file = InputFile.lines(folder, "metrics.csv",
                "company,week,login,adoption,nps",
                "acme,2026-10-05,80,60,",
                "acme,2026-10-12,81,61,5,surplus",
                "beta,2026-10-05,40,30,");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().startsWith(file + ":3: ");
        Stderr.assertNoStackTrace(run);
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.weekLines()).containsExactly("acme 2026-10-05 80 60 -", "beta 2026-10-05 40 30 -");
        }
    }

    @Test
    void should_reject_the_row_naming_the_field_when_a_row_has_fewer_cells_than_the_header() {
        Path file = InputFile.lines(folder, "metrics.csv",
                "company,week,login,adoption,nps",
                "acme,2026-10-05,80",
                "beta,2026-10-05,40,30");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().contains("adoption: is missing");
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.weekLines()).containsExactly("beta 2026-10-05 40 30 -");
        }
    }

    @Test
    void should_reject_the_row_when_a_number_cell_is_not_a_number() {
        Path file = InputFile.lines(folder, "metrics.csv",
                "company,week,login,adoption,nps",
                "acme,2026-10-05,80%,60,",
                "acme,2026-10-12,80,60,n/a",
                "acme,2026-10-19,80,60,");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).contains("login: '80%' is not a number").contains("0 to 100");
        assertThat(run.errLines().get(1)).contains("nps: 'n/a' is not a number").contains("-100 to 100");
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.weekLines()).containsExactly("acme 2026-10-19 80 60 -");
        }
    }

    private List<String> ingestCleanly(Path file) {
        Path store = folder.resolve("store");
        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.errLines()).isEmpty();
        assertThat(run.exitCode()).isZero();
        try (StoreContents contents = StoreContents.open(store)) {
            return contents.weekLines();
        }
    }
}

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

/** Contract 1: JSON Lines, one object a line; blank lines are skipped but still counted as lines. */
class JsonLinesInputTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    void should_skip_blank_lines_and_keep_counting_them_when_the_file_has_blank_lines() {
        Path file = InputFile.raw(folder, "metrics.jsonl", "\n"
                + "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60}\n"
                + "   \n"
                + "\t\n"
                + "{\"company\": \"acme\", \"week\": \"2026-10-12\", \"login\": 101, \"adoption\": 60}\n"
                + "\n"
                + "{\"company\": \"acme\", \"week\": \"2026-10-19\", \"login\": 81, \"adoption\": 61}\n\n\n");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().startsWith(file + ":5: login:");
        Stderr.assertNoStackTrace(run);
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.weekLines()).containsExactly("acme 2026-10-05 80 60 -", "acme 2026-10-19 81 61 -");
        }
    }

    @Test
    void should_reject_a_record_that_gives_a_key_twice_and_store_the_others() {
        Path file = InputFile.lines(folder, "metrics.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60}",
                "{\"company\": \"acme\", \"week\": \"2026-10-12\", \"login\": 50, \"adoption\": 60, \"login\": 60}",
                "{\"company\": \"beta\", \"company\": \"beta\", \"week\": \"2026-10-12\", \"login\": 1, \"adoption\": 2,"
                        + " \"nps\": 3, \"nps\": null}",
                "{\"company\": \"acme\", \"week\": \"2026-10-19\", \"login\": 81, \"adoption\": 61}");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).containsExactly(
                file + ":2: login: given twice; accepted: each field at most once per record",
                file + ":3: company: given twice; accepted: each field at most once per record");
        Stderr.assertNoStackTrace(run);
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.weekLines()).containsExactly("acme 2026-10-05 80 60 -", "acme 2026-10-19 81 61 -");
        }
    }

    @Test
    void should_ignore_unknown_fields_when_a_record_carries_extra_data() {
        Path file = InputFile.lines(folder, "metrics.jsonl",
                "{\"source\": \"crm\", \"company\": \"acme\", \"meta\": {\"tags\": [1, {\"x\": null}]}, \"week\": \"2026-10-05\","
                        + " \"login\": 80, \"flag\": true, \"adoption\": 60, \"nps\": 12, \"comment\": \"ok\"}");

        assertThat(ingestCleanly(file)).containsExactly("acme 2026-10-05 80 60 12");
    }

    @Test
    void should_read_every_line_and_count_lines_when_lines_end_in_crlf() {
        Path file = InputFile.raw(folder, "metrics.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60}\r\n"
                        + "\r\n"
                        + "{\"company\": \"acme\", \"week\": \"2026-10-06\", \"login\": 80, \"adoption\": 60}\r\n"
                        + "{\"company\": \"acme\", \"week\": \"2026-10-12\", \"login\": 81, \"adoption\": 61, \"nps\": -3}\r\n");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().startsWith(file + ":3: week:");
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.weekLines()).containsExactly("acme 2026-10-05 80 60 -", "acme 2026-10-12 81 61 -3");
        }
    }

    @Test
    void should_reject_the_line_when_it_holds_more_than_one_object() {
        Path file = InputFile.lines(folder, "metrics.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60}"
                        + " {\"company\": \"acme\", \"week\": \"2026-10-12\", \"login\": 80, \"adoption\": 60}",
                "{\"company\": \"acme\", \"week\": \"2026-10-19\", \"login\": 80, \"adoption\": 60}");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().startsWith(file + ":1: malformed JSON");
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.weekLines()).containsExactly("acme 2026-10-19 80 60 -");
        }
    }

    @Test
    void should_store_nothing_and_succeed_when_the_file_is_empty() {
        Path file = InputFile.raw(folder, "metrics.jsonl", "");

        assertThat(ingestCleanly(file)).isEmpty();
    }

    @Test
    void should_read_the_first_line_when_the_file_starts_with_a_utf8_byte_order_mark() {
        Path file = InputFile.withByteOrderMark(folder, "metrics.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60}\n");

        assertThat(ingestCleanly(file))
                .containsExactly("acme 2026-10-05 80 60 -");
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

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

/**
 * Contract 1: a JSON array of objects. A rejected element is reported as {@code FILE:LINE: element N: reason}
 * (N counting from 0); malformed JSON ends the file there, and the elements before it are kept.
 */
class JsonArrayInputTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");
    private static final String ACME = "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60}";
    private static final String BETA = "{\"company\": \"beta\", \"week\": \"2026-10-05\", \"login\": 40, \"adoption\": 30, \"nps\": 5}";

    @TempDir
    Path folder;

    @Test
    void should_name_line_and_element_and_store_the_others_when_an_element_is_invalid() {
        Path file = InputFile.lines(folder, "metrics.json",
                "[",
                "  " + ACME + ",",
                "  {\"company\": \"acme\", \"week\": \"2026-10-12\",",
                "   \"login\": 80, \"adoption\": 100.5},",
                "  " + BETA,
                "]");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(file + ":3: element 1: adoption: 100.5 is out of range")
                .contains("0 to 100");
        Stderr.assertNoStackTrace(run);
        assertThat(stored(store)).containsExactly("acme 2026-10-05 80 60 -", "beta 2026-10-05 40 30 5");
    }

    @Test
    void should_reject_an_element_that_gives_a_key_twice_and_read_on_after_it() {
        Path file = InputFile.lines(folder, "metrics.json",
                "[",
                "  {\"company\": \"acme\", \"week\": \"2026-10-12\", \"login\": 50, \"adoption\": 60, \"login\": 60},",
                "  " + ACME + ",",
                "  " + BETA,
                "]");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).first().asString()
                .isEqualTo(file + ":2: element 0: login: given twice; accepted: each field at most once per record");
        Stderr.assertNoStackTrace(run);
        assertThat(stored(store)).containsExactly("acme 2026-10-05 80 60 -", "beta 2026-10-05 40 30 5");
    }

    @Test
    void should_reject_each_non_object_element_with_its_index_when_the_array_mixes_types() {
        Path file = InputFile.lines(folder, "metrics.json",
                "[" + ACME + ", 42, \"acme\", [1, 2], null, true, " + BETA + "]");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).hasSize(5).allSatisfy(line -> assertThat(line).contains("expected a JSON object"));
        assertThat(run.errLines()).extracting(line -> line.substring(file.toString().length()).replaceAll(": expected.*", ""))
                .containsExactly(":1: element 1", ":1: element 2", ":1: element 3", ":1: element 4", ":1: element 5");
        assertThat(stored(store)).containsExactly("acme 2026-10-05 80 60 -", "beta 2026-10-05 40 30 5");
    }

    @Test
    void should_keep_the_elements_before_when_the_array_is_truncated() {
        Path file = InputFile.raw(folder, "metrics.json",
                "[\n  " + ACME + ",\n  " + BETA + ",\n  {\"company\": \"gamma\", \"week\": \"2026-10-05\", \"log");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(file + ":4: element 2: malformed JSON")
                .contains("rest of the file");
        Stderr.assertNoStackTrace(run);
        assertThat(stored(store)).containsExactly("acme 2026-10-05 80 60 -", "beta 2026-10-05 40 30 5");
    }

    @Test
    void should_keep_the_elements_before_when_a_comma_is_missing_between_elements() {
        Path file = InputFile.lines(folder, "metrics.json",
                "[",
                "  " + ACME + ",",
                "  " + BETA,
                "  {\"company\": \"gamma\", \"week\": \"2026-10-05\", \"login\": 1, \"adoption\": 2}",
                "]");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().startsWith(file + ":4: element 2: malformed JSON");
        assertThat(stored(store)).containsExactly("acme 2026-10-05 80 60 -", "beta 2026-10-05 40 30 5");
    }

    @Test
    void should_reject_the_file_once_when_it_is_not_an_array() {
        Path file = InputFile.lines(folder, "metrics.json", ACME, BETA);
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(file + ":1: expected a JSON array")
                .contains(".jsonl");
        assertThat(stored(store)).isEmpty();
    }

    @Test
    void should_store_nothing_and_succeed_when_the_array_is_empty() {
        Path file = InputFile.lines(folder, "metrics.json", "[ ]");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).isEmpty();
        assertThat(stored(store)).isEmpty();
    }

    @Test
    void should_read_the_array_when_the_file_starts_with_a_utf8_byte_order_mark() {
        Path file = InputFile.withByteOrderMark(folder, "metrics.json", "[" + ACME + "]\n");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(stored(store)).containsExactly("acme 2026-10-05 80 60 -");
    }

    @Test
    void should_count_lines_when_lines_end_in_crlf() {
        Path file = InputFile.raw(folder, "metrics.json",
                "[\r\n" + ACME + ",\r\n{\"company\": \"acme\", \"week\": \"2026-10-12\", \"login\": -1, \"adoption\": 60}\r\n]\r\n");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().startsWith(file + ":3: element 1: login:");
        assertThat(stored(store)).containsExactly("acme 2026-10-05 80 60 -");
    }

    @Test
    void should_reject_rather_than_drop_silently_when_content_follows_the_array() {
        Path file = InputFile.lines(folder, "metrics.json", "[" + ACME + "]", "[" + BETA + "]");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        // beta's record is in the file; it must be stored or reported, never lost without a word
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().startsWith(file + ":2: ");
        assertThat(stored(store)).contains("acme 2026-10-05 80 60 -");
    }

    private static List<String> stored(Path store) {
        try (StoreContents contents = StoreContents.open(store)) {
            return contents.weekLines();
        }
    }
}

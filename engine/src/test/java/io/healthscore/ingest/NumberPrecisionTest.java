package io.healthscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.StoreContents;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contract 1: numbers are stored exactly as given or rejected; never clamped, rounded or guessed. */
class NumberPrecisionTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "login, 100.0000001", "login, -0.0000001", "adoption, 100.000001", "adoption, -0.000001",
            "nps, 100.0000001", "nps, -100.0000001", "login, 99.9999999", "login, 0.0000001"})
    void should_reject_and_store_nothing_when_a_number_is_just_outside_range_or_precision(String field, String value) {
        Path file = InputFile.lines(folder, "metrics.jsonl", record(field, value));
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().startsWith(file + ":1: " + field + ": " + value + " ");
        Stderr.assertNoStackTrace(run);
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.weekLines()).as("not clamped to the range nor rounded").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "login, 12.345678, 12.345678", "login, 100.000000, 100", "login, 0, 0", "login, -0, 0",
            "nps, -100, -100", "nps, -99.999999, -99.999999", "adoption, 12.5000000000, 12.5",
            "adoption, 1e2, 100", "adoption, 5.5E1, 55", "nps, -2.5e-5, -0.000025"})
    void should_store_the_exact_value_when_a_number_is_in_range_with_at_most_6_decimals(
            String field, String value, String stored) {
        Path file = InputFile.lines(folder, "metrics.jsonl", record(field, value));
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (StoreContents contents = StoreContents.open(store)) {
            String expected = switch (field) {
                case "login" -> "acme 2026-10-05 " + stored + " 50 10";
                case "adoption" -> "acme 2026-10-05 50 " + stored + " 10";
                default -> "acme 2026-10-05 50 50 " + stored;
            };
            assertThat(contents.weekLines()).containsExactly(expected);
        }
    }

    @Test
    void should_reject_as_too_precise_when_a_csv_cell_has_7_decimals() {
        Path file = InputFile.lines(folder, "metrics.csv",
                "company,week,login,adoption,nps",
                "acme,2026-10-05,50.1234567,50,",
                "acme,2026-10-12,50.123456,50,");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().contains("login: 50.1234567 ").contains("6 decimals");
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.weekLines()).containsExactly("acme 2026-10-12 50.123456 50 -");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1e400", "1E-400", "-1e400"})
    void should_keep_the_reason_one_short_line_when_a_rejected_number_has_a_huge_exponent(String value) {
        Path file = InputFile.lines(folder, "metrics.jsonl", record("login", value));

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", folder.resolve("store").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        // written out in full, 1e400 is a 401-digit line, and 1e999999999 a billion digits that exhaust the heap
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(file + ":1: login: ")
                .hasSizeLessThan(file.toString().length() + 200);
    }

    private static String record(String field, String value) {
        String login = field.equals("login") ? value : "50";
        String adoption = field.equals("adoption") ? value : "50";
        String nps = field.equals("nps") ? value : "10";
        return "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": " + login + ", \"adoption\": " + adoption
                + ", \"nps\": " + nps + "}";
    }
}

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contract 1, the bad-input matrix: a record that breaks a rule is rejected once, as {@code FILE:LINE: reason}
 * naming the field and what is accepted; the valid records of the same file are stored; ingest exits 3.
 */
class MetricsRejectionTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");
    private static final String BEFORE = "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60, \"nps\": 10}";
    private static final String AFTER = "{\"company\": \"beta\", \"week\": \"2026-10-05\", \"login\": 40, \"adoption\": 30}";
    private static final List<String> VALID_STORED = List.of("acme 2026-10-05 80 60 10", "beta 2026-10-05 40 30 -");
    private static final String COMPANY_65 = "a".repeat(65);

    @TempDir
    Path folder;

    // record: the bad line 2, between two valid lines; field: how the reason starts; accepted: what it must offer
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            malformed JSON line         | {"company": "acme", "week": "2026-10-12", "login": 80                               | malformed JSON     | ``
            not an object               | [1, 2]                                                                              | expected a JSON object | ``
            login below 0               | {"company": "acme", "week": "2026-10-12", "login": -0.1, "adoption": 60}            | login:    | 0 to 100
            login above 100             | {"company": "acme", "week": "2026-10-12", "login": 100.1, "adoption": 60}           | login:    | 0 to 100
            adoption below 0            | {"company": "acme", "week": "2026-10-12", "login": 80, "adoption": -0.1}            | adoption: | 0 to 100
            adoption above 100          | {"company": "acme", "week": "2026-10-12", "login": 80, "adoption": 100.1}           | adoption: | 0 to 100
            nps below -100              | {"company": "acme", "week": "2026-10-12", "login": 80, "adoption": 60, "nps": -101} | nps:      | -100 to 100
            nps above 100               | {"company": "acme", "week": "2026-10-12", "login": 80, "adoption": 60, "nps": 101}  | nps:      | -100 to 100
            week a Tuesday              | {"company": "acme", "week": "2026-10-13", "login": 80, "adoption": 60}              | week:     | Monday
            week a Sunday               | {"company": "acme", "week": "2026-10-11", "login": 80, "adoption": 60}              | week:     | Monday
            week with one-digit day     | {"company": "acme", "week": "2026-10-5", "login": 80, "adoption": 60}               | week:     | YYYY-MM-DD
            week in month 13            | {"company": "acme", "week": "2026-13-01", "login": 80, "adoption": 60}              | week:     | YYYY-MM-DD
            week on February 30         | {"company": "acme", "week": "2026-02-30", "login": 80, "adoption": 60}              | week:     | YYYY-MM-DD
            week in day-first format    | {"company": "acme", "week": "05.10.2026", "login": 80, "adoption": 60}              | week:     | YYYY-MM-DD
            week as a number            | {"company": "acme", "week": 20261005, "login": 80, "adoption": 60}                  | week:     | YYYY-MM-DD
            company empty               | {"company": "", "week": "2026-10-12", "login": 80, "adoption": 60}                  | company:  | 1-64 characters of A-Z a-z 0-9 . _ -
            company of 65 characters    | {"company": "COMPANY_65", "week": "2026-10-12", "login": 80, "adoption": 60}        | company:  | 1-64 characters of A-Z a-z 0-9 . _ -
            company with a space        | {"company": "ac me", "week": "2026-10-12", "login": 80, "adoption": 60}             | company:  | 1-64 characters of A-Z a-z 0-9 . _ -
            company with a slash        | {"company": "ac/me", "week": "2026-10-12", "login": 80, "adoption": 60}             | company:  | 1-64 characters of A-Z a-z 0-9 . _ -
            company as a number         | {"company": 42, "week": "2026-10-12", "login": 80, "adoption": 60}                  | company:  | 1-64 characters of A-Z a-z 0-9 . _ -
            company null                | {"company": null, "week": "2026-10-12", "login": 80, "adoption": 60}                | company:  | 1-64 characters of A-Z a-z 0-9 . _ -
            company missing             | {"week": "2026-10-12", "login": 80, "adoption": 60}                                 | company:  | 1-64 characters of A-Z a-z 0-9 . _ -
            week missing                | {"company": "acme", "login": 80, "adoption": 60}                                    | week:     | YYYY-MM-DD
            login missing               | {"company": "acme", "week": "2026-10-12", "adoption": 60}                           | login:    | 0 to 100
            adoption missing            | {"company": "acme", "week": "2026-10-12", "login": 80}                              | adoption: | 0 to 100
            login null                  | {"company": "acme", "week": "2026-10-12", "login": null, "adoption": 60}            | login:    | 0 to 100
            login as a JSON string      | {"company": "acme", "week": "2026-10-12", "login": "80", "adoption": 60}            | login:    | 0 to 100
            adoption as a JSON string   | {"company": "acme", "week": "2026-10-12", "login": 80, "adoption": "60"}            | adoption: | 0 to 100
            nps as a JSON string        | {"company": "acme", "week": "2026-10-12", "login": 80, "adoption": 60, "nps": "40"} | nps:      | -100 to 100
            login a boolean             | {"company": "acme", "week": "2026-10-12", "login": true, "adoption": 60}            | login:    | 0 to 100
            nps a boolean               | {"company": "acme", "week": "2026-10-12", "login": 80, "adoption": 60, "nps": false} | nps:     | -100 to 100
            login a nested object       | {"company": "acme", "week": "2026-10-12", "login": {"value": 80}, "adoption": 60}   | login:    | 0 to 100
            adoption an array           | {"company": "acme", "week": "2026-10-12", "login": 80, "adoption": [60]}            | adoption: | 0 to 100
            week a nested object        | {"company": "acme", "week": {"monday": "2026-10-12"}, "login": 80, "adoption": 60}  | week:     | YYYY-MM-DD
            login with 7 decimals       | {"company": "acme", "week": "2026-10-12", "login": 80.1234567, "adoption": 60}      | login:    | 6 decimals
            nps with 7 decimals         | {"company": "acme", "week": "2026-10-12", "login": 80, "adoption": 60, "nps": 1.0000001} | nps: | 6 decimals
            login just above 100        | {"company": "acme", "week": "2026-10-12", "login": 100.0000001, "adoption": 60}     | login:    | 0 to 100
            """)
    void should_reject_the_record_once_and_store_the_others_when_a_record_breaks_a_rule(
            String description, String record, String reasonStart, String accepted) {
        Path file = InputFile.lines(folder, "metrics.jsonl", BEFORE, record.replace("COMPANY_65", COMPANY_65), AFTER);
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(file + ":2: " + reasonStart)
                .contains(accepted);
        Stderr.assertNoStackTrace(run);
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.weekLines()).isEqualTo(VALID_STORED);
        }
    }

    @Test
    void should_store_a_week_without_nps_when_nps_is_null_or_absent() {
        Path file = InputFile.lines(folder, "metrics.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60, \"nps\": null}",
                "{\"company\": \"acme\", \"week\": \"2026-10-12\", \"login\": 81, \"adoption\": 61}");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).isEmpty();
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.weekLines()).containsExactly("acme 2026-10-05 80 60 -", "acme 2026-10-12 81 61 -");
        }
    }

    @Test
    void should_report_each_bad_record_once_in_file_order_when_a_file_has_several() {
        Path file = InputFile.lines(folder, "metrics.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 101, \"adoption\": 60}",
                BEFORE,
                "{\"company\": \"acme\", \"week\": \"2026-10-06\", \"login\": 80, \"adoption\": 60}",
                "not json at all",
                AFTER,
                "{\"company\": \"beta\", \"week\": \"2026-10-12\", \"login\": 80, \"adoption\": 60, \"nps\": -100.5}");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).hasSize(4);
        assertThat(run.errLines().get(0)).startsWith(file + ":1: login:");
        assertThat(run.errLines().get(1)).startsWith(file + ":3: week:");
        assertThat(run.errLines().get(2)).startsWith(file + ":4: malformed JSON");
        assertThat(run.errLines().get(3)).startsWith(file + ":6: nps:");
        assertThat(run.out()).contains("rejected 4 records");
        Stderr.assertNoStackTrace(run);
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.weekLines()).isEqualTo(VALID_STORED);
        }
    }

    @Test
    void should_exit_3_and_store_nothing_when_every_record_is_rejected() {
        Path file = InputFile.lines(folder, "metrics.jsonl",
                "{\"company\": \"gamma\", \"week\": \"2026-10-05\", \"login\": 101, \"adoption\": 60}");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString().startsWith(file + ":1: login:");
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.weekLines()).isEmpty();
            assertThat(contents.company("gamma")).as("a company only named by a rejected record").isEmpty();
        }
    }

    @Test
    void should_keep_each_reason_on_one_line_when_a_rejected_value_holds_a_line_break() {
        Path jsonl = InputFile.lines(folder, "metrics.jsonl",
                "{\"company\": \"ac\\nme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60}");
        Path json = InputFile.lines(folder, "metrics.json",
                "[{\"company\": \"acme\", \"week\": \"2026-10-\\r\\n05\", \"login\": 80, \"adoption\": 60}]");

        CliRun run = CliRun.run(CLOCK, "ingest", jsonl.toString(), json.toString(), "--store", folder.resolve("store").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith(jsonl + ":1: company:");
        assertThat(run.errLines().get(1)).startsWith(json + ":1: element 0: week:");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            truncated object | {"company": "acme", "week": "2026-10-12", "login": 80
            NaN              | {"company": "acme", "week": "2026-10-12", "login": NaN, "adoption": 60}
            single quotes    | {'company': 'acme', 'week': '2026-10-12', 'login': 80, 'adoption': 60}
            """)
    void should_explain_in_plain_words_when_a_line_is_malformed_json(String description, String record) {
        Path file = InputFile.lines(folder, "metrics.jsonl", BEFORE, record, AFTER);

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", folder.resolve("store").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        // the user cannot switch parser features, and the location is already in FILE:LINE
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(file + ":2: malformed JSON")
                .doesNotContain("REDACTED", "StreamReadFeature", "JsonReadFeature", "[Source:");
    }
}

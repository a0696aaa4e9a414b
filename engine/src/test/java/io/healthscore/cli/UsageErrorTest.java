package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Contract 4: a usage error exits 2 with one line on stderr, and touches no store. */
class UsageErrorTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");
    private static final String VALID = "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60}";

    @TempDir
    Path folder;

    @Test
    void should_exit_2_naming_the_file_when_an_input_file_does_not_exist() {
        Path missing = folder.resolve("missing.jsonl");

        CliRun run = CliRun.run(CLOCK, "ingest", missing.toString(), "--store", store());

        assertUsageError(run);
        assertThat(run.errLines().get(0)).contains(missing.toString());
        assertThat(folder.resolve("store")).doesNotExist();
    }

    @Test
    void should_store_nothing_when_one_of_several_input_files_does_not_exist() {
        Path good = InputFile.lines(folder, "good.jsonl", VALID);
        Path missing = folder.resolve("missing.csv");

        CliRun run = CliRun.run(CLOCK, "ingest", good.toString(), missing.toString(), "--store", store());

        assertUsageError(run);
        assertThat(run.errLines().get(0)).contains(missing.toString());
        assertThat(folder.resolve("store")).doesNotExist();
    }

    @Test
    void should_exit_2_naming_the_file_when_a_companies_file_does_not_exist() {
        Path missing = folder.resolve("companies.csv");

        CliRun run = CliRun.run(CLOCK, "ingest", "--companies", missing.toString(), "--store", store());

        assertUsageError(run);
        assertThat(run.errLines().get(0)).contains(missing.toString());
    }

    @Test
    void should_exit_2_saying_where_to_run_it_when_demo_finds_no_samples_folder() {
        Path missing = folder.resolve("no-samples");

        CliRun run = CliRun.run(CLOCK, "demo", "--samples", missing.toString(), "--store", store());

        assertUsageError(run);
        assertThat(run.errLines().get(0)).contains(missing.toString()).contains("does not exist")
                .contains("--samples FOLDER");
        assertThat(folder.resolve("store")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"metrics.txt", "metrics.xlsx", "metrics", "metrics.jsonl.bak"})
    void should_exit_2_listing_the_accepted_extensions_when_the_extension_is_unsupported(String name) {
        Path file = InputFile.lines(folder, name, VALID);

        CliRun run = CliRun.run(CLOCK, "ingest", file.toString(), "--store", store());

        assertUsageError(run);
        assertThat(run.errLines().get(0)).contains(file.toString()).contains(".jsonl", ".json", ".csv");
        assertThat(folder.resolve("store")).doesNotExist();
    }

    @Test
    void should_exit_2_when_a_folder_is_given_as_input_file() throws Exception {
        Path directory = Files.createDirectories(folder.resolve("metrics.jsonl"));

        CliRun run = CliRun.run(CLOCK, "ingest", directory.toString(), "--store", store());

        assertUsageError(run);
    }

    @Test
    void should_exit_2_when_no_arguments_are_given() {
        CliRun run = CliRun.run(CLOCK);

        assertUsageError(run);
        assertThat(run.errLines().get(0)).contains("command");
    }

    @Test
    void should_exit_2_when_the_command_is_unknown() {
        CliRun run = CliRun.run(CLOCK, "scores", "acme");

        assertUsageError(run);
        assertThat(run.errLines().get(0)).contains("scores");
    }

    @Test
    void should_exit_2_when_ingest_is_given_no_file() {
        CliRun run = CliRun.run(CLOCK, "ingest", "--store", store());

        assertUsageError(run);
        assertThat(run.errLines().get(0)).contains("FILE");
    }

    @Test
    void should_exit_2_when_run_is_given_no_month() {
        CliRun run = CliRun.run(CLOCK, "run", "--store", store(), "--rules", rules());

        assertUsageError(run);
        assertThat(run.errLines().get(0)).contains("--month");
    }

    @ParameterizedTest(name = "run --month {0}")
    @ValueSource(strings = {"2026-13", "2026-1", "abc", "2026-00", "26-10", "2026-10-01", "2026/10", ""})
    void should_exit_2_showing_the_accepted_format_when_run_is_given_a_bad_month(String month) {
        CliRun run = CliRun.run(CLOCK, "run", "--month", month, "--store", store(), "--rules", rules());

        assertUsageError(run);
        assertThat(run.errLines().get(0)).contains("'" + month + "'").contains("YYYY-MM");
        assertThat(folder.resolve("store")).doesNotExist();
    }

    @ParameterizedTest(name = "score acme --month {0}")
    @ValueSource(strings = {"2026-13", "2026-1", "abc"})
    void should_exit_2_showing_the_accepted_format_when_score_is_given_a_bad_month(String month) {
        CliRun run = CliRun.run(CLOCK, "score", "acme", "--month", month, "--store", store(), "--rules", rules());

        assertUsageError(run);
        assertThat(run.errLines().get(0)).contains("'" + month + "'").contains("YYYY-MM");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ingest", "run", "score"})
    void should_exit_2_naming_the_option_when_an_option_is_unknown(String command) {
        CliRun run = switch (command) {
            case "ingest" -> CliRun.run(CLOCK, "ingest", "--bogus", InputFile.lines(folder, "m.jsonl", VALID).toString(),
                    "--store", store());
            case "run" -> CliRun.run(CLOCK, "run", "--month", "2026-10", "--bogus", "--store", store(), "--rules", rules());
            default -> CliRun.run(CLOCK, "score", "acme", "--bogus", "--store", store(), "--rules", rules());
        };

        assertUsageError(run);
        assertThat(run.errLines().get(0)).contains("--bogus");
        assertThat(folder.resolve("store")).doesNotExist();
    }

    @ParameterizedTest(name = "score ''{0}''")
    @ValueSource(strings = {"ac me", "ac/me", "", "acme!", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void should_exit_2_showing_the_accepted_form_when_score_is_given_a_bad_company_id(String company) {
        CliRun run = CliRun.run(CLOCK, "score", company, "--month", "2026-10", "--store", store(), "--rules", rules());

        assertUsageError(run);
        assertThat(run.errLines().get(0)).contains("'" + company + "'").contains("A-Z a-z 0-9 . _ -");
        assertThat(folder.resolve("store")).doesNotExist();
    }

    private String store() {
        return folder.resolve("store").toString();
    }

    private static String rules() {
        return Repo.rules().toString();
    }

    private static void assertUsageError(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.out()).isEmpty();
        Stderr.assertNoStackTrace(run);
    }
}

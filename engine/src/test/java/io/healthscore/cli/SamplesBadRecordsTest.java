package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SampleStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * samples/bad-records.jsonl and .csv hold one example of each rejection (contract section 1) among valid records:
 * each bad record is reported once as FILE:LINE: reason, the valid ones are stored, and ingest exits 3.
 */
class SamplesBadRecordsTest {
    private static final Path JSONL = Repo.samples().resolve("bad-records.jsonl");
    private static final Path CSV = Repo.samples().resolve("bad-records.csv");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void should_exit_3_and_store_the_valid_records_when_bad_records_are_ingested() throws IOException {
        SampleStore store = new SampleStore(folder);

        CliRun ingest = store.command("ingest", JSONL.toString(), CSV.toString());

        assertThat(ingest.exitCode()).isEqualTo(ExitCode.REJECTED_INPUT);
        assertThat(ingest.out()).contains("ingested 6 weekly records");
        assertThat(ingest.errLines()).as("one line per bad record: 8 in the JSON Lines file, 7 in the CSV file")
                .hasSize(15)
                .doesNotHaveDuplicates()
                .allSatisfy(line -> assertThat(line).matches("\\Q" + JSONL + "\\E:\\d+: .+|\\Q" + CSV + "\\E:\\d+: .+"));
        // each valid company has one week from each file: 2026-10-05 (JSON Lines) and 2026-10-12 (CSV)
        for (String company : List.of("acme", "wonka", "new-customer")) {
            CliRun score = store.command("score", company, "--month", "2026-10", "--json");
            assertThat(score.exitCode()).as("score %s; stderr: %s", company, score.err()).isZero();
            assertThat(JSON.readTree(score.out()).get("weeks").asInt()).as("weeks stored for %s", company).isEqualTo(2);
        }
    }

    @Test
    void should_report_each_bad_json_lines_record_once_with_its_line_when_bad_records_are_ingested() {
        CliRun ingest = new SampleStore(folder).command("ingest", JSONL.toString());

        assertThat(ingest.exitCode()).isEqualTo(ExitCode.REJECTED_INPUT);
        assertReported(ingest, JSONL, List.of(
                "2: malformed JSON",
                "3: login: 120 is out of range",
                "4: week: 2026-10-07 is a Wednesday",
                "5: company: 'acme corp!' is not a company id",
                "6: adoption: is missing",
                "7: login: expected a number from 0 to 100, got the string \"82.5\"",
                "8: nps: 150 is out of range",
                "9: week: 'last monday' is not a date"));
    }

    @Test
    void should_name_the_bad_field_of_each_bad_csv_record_once_when_bad_records_are_ingested() {
        CliRun ingest = new SampleStore(folder).command("ingest", CSV.toString());

        assertThat(ingest.exitCode()).isEqualTo(ExitCode.REJECTED_INPUT);
        assertThat(ingest.errLines()).hasSize(7);
        assertThat(ingest.errLines().stream().map(line -> line.replaceFirst("^\\Q" + CSV + "\\E:\\d+: ", "")))
                .as("reasons, in file order")
                .satisfiesExactly(
                        reason -> assertThat(reason).startsWith("adoption: -5 is out of range"),
                        reason -> assertThat(reason).startsWith("week: 2026-10-11 is a Sunday"),
                        reason -> assertThat(reason).startsWith("company: 'acme corp!' is not a company id"),
                        reason -> assertThat(reason).startsWith("login: is missing"),
                        reason -> assertThat(reason).startsWith("login: 'eighty' is not a number"),
                        reason -> assertThat(reason).startsWith("nps: -101 is out of range"),
                        reason -> assertThat(reason).startsWith("week: '12/10/2026' is not a date"));
    }

    @Test
    void should_report_each_bad_csv_record_once_with_its_line_when_bad_records_are_ingested() {
        CliRun ingest = new SampleStore(folder).command("ingest", CSV.toString());

        assertThat(ingest.exitCode()).isEqualTo(ExitCode.REJECTED_INPUT);
        assertReported(ingest, CSV, List.of(
                "3: adoption: -5 is out of range",
                "4: week: 2026-10-11 is a Sunday",
                "5: company: 'acme corp!' is not a company id",
                "6: login: is missing",
                "7: login: 'eighty' is not a number",
                "8: nps: -101 is out of range",
                "9: week: '12/10/2026' is not a date"));
    }

    @Test
    void should_reject_only_the_malformed_row_when_a_csv_row_cannot_be_split() throws IOException {
        Path csv = folder.resolve("malformed.csv");
        Files.writeString(csv, """
                company,week,login,adoption,nps
                acme,2026-10-05,82.5,61,40
                globex,2026-10-05,70,64,10,extra
                wonka,2026-10-05,79,80,
                initech,2026-10-05,"40,38,
                """);

        CliRun ingest = new SampleStore(folder.resolve("store")).command("ingest", csv.toString());

        assertThat(ingest.exitCode()).isEqualTo(ExitCode.REJECTED_INPUT);
        assertThat(ingest.out()).contains("ingested 2 weekly records");
        assertReported(ingest, csv, List.of("3: the row has 6 cells, the header names 5 fields", "5: malformed CSV"));
    }

    /** stderr holds exactly one line per expected rejection, in order, each starting FILE:LINE: reason. */
    private static void assertReported(CliRun ingest, Path file, List<String> expected) {
        List<String> lines = ingest.errLines();
        assertThat(lines).as("stderr: %s", ingest.err()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(lines.get(i)).startsWith(file + ":" + expected.get(i));
        }
    }
}

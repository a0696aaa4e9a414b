package io.healthscore.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.company.CompanyId;
import io.healthscore.testhelper.InputFile;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomesFileTest {
    private static final List<CompanyId> KNOWN = List.of(CompanyId.of("acme"), CompanyId.of("globex"));

    @TempDir
    Path folder;

    @Test
    void should_reject_each_bad_json_line_and_keep_the_valid_ones_when_reading_json_lines() {
        Path file = InputFile.lines(folder, "outcomes.jsonl",
                "{\"company\": \"acme\", \"date\": \"2026-11-03\", \"outcome\": \"RENEWED\"}",
                "{\"company\": \"globex\", \"date\": \"2026-11\"",
                "[1, 2]",
                "{\"company\": \"globex\", \"outcome\": \"churned\"}",
                "",
                "{\"company\": \"globex\", \"date\": \"2026-12-01\", \"outcome\": \"churned\"}");

        OutcomesFile.Read read = OutcomesFile.read(file, KNOWN);

        assertThat(read.outcomes()).containsExactly(
                new Outcome(CompanyId.of("acme"), YearMonth.of(2026, 11), Outcome.Kind.renewed),
                new Outcome(CompanyId.of("globex"), YearMonth.of(2026, 12), Outcome.Kind.churned));
        assertThat(read.rejections()).hasSize(3);
        assertThat(read.rejections().get(0)).startsWith(file + ":2: line: not JSON");
        assertThat(read.rejections().get(1)).startsWith(file + ":3: line: not a JSON object; accepted: ");
        assertThat(read.rejections().get(2))
                .isEqualTo(file + ":4: date: missing; accepted: YYYY-MM-DD, e.g. 2026-11-30");
    }

    @Test
    void should_reject_the_header_and_read_nothing_when_a_csv_header_lacks_a_field() {
        Path file = InputFile.lines(folder, "outcomes.csv", "company,when,outcome", "acme,2026-11-03,renewed");

        OutcomesFile.Read read = OutcomesFile.read(file, KNOWN);

        assertThat(read.outcomes()).isEmpty();
        assertThat(read.rejections()).singleElement().asString()
                .startsWith(file + ":1: header: 'company,when,outcome' lacks a field; accepted: a header row");
    }

    @Test
    void should_read_fields_in_any_order_when_the_csv_header_reorders_them() {
        Path file = InputFile.lines(folder, "outcomes.csv", "outcome,company,date", "churned,globex,2026-10-31",
                "renewed,acme");

        OutcomesFile.Read read = OutcomesFile.read(file, KNOWN);

        assertThat(read.outcomes()).containsExactly(
                new Outcome(CompanyId.of("globex"), YearMonth.of(2026, 10), Outcome.Kind.churned));
        assertThat(read.rejections()).containsExactly(file + ":3: line: 2 fields where the header has 3; accepted:"
                + " a header row company,date,outcome and one outcome a line");
    }
}

package io.healthscore.cli;

import static io.healthscore.cli.WhatIfOutput.counts;
import static io.healthscore.cli.WhatIfOutput.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.MonthData;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.RulesFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * what-if over four stored months of 60 companies (the last 10 without data in September), against the rules in
 * force: a copy of them, and a candidate with THRIVING from 80. The store is filled and the what-ifs run once per
 * class; the expectations come from the stored rows and a hand-made oracle, never from the what-if code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WhatIfStoreContract {
    static final List<String> MONTHS = List.of("2026-07", "2026-08", "2026-09", "2026-10");
    private static final String IN_RANGE = " WHERE year_month BETWEEN '2026-07' AND '2026-10'";

    private final HistoryStore.Kind kind;
    private HistoryStore history;
    private Path thriving80;
    private Map<String, List<String>> tablesBefore;
    private Map<String, List<String>> tablesAfter;
    private String fileBefore;
    private String fileAfter;
    private List<String> triggersFileBefore;
    private CliRun same;
    private CliRun moved;
    private CliRun movedText;

    WhatIfStoreContract(HistoryStore.Kind kind) {
        this.kind = kind;
    }

    @BeforeAll
    void scoreFourMonthsThenAskWhatIf(@TempDir Path scratch) throws IOException {
        history = HistoryStore.create(kind, scratch);
        List<Path> metrics = new ArrayList<>();
        for (String month : MONTHS) {
            metrics.add(MonthData.write(scratch.resolve("metrics-" + month + ".jsonl"), YearMonth.parse(month),
                    month.equals("2026-09") ? 50 : 60));
        }
        history.ingest(metrics.toArray(Path[]::new));
        MONTHS.forEach(history::run);
        Path sameRules = RulesFolder.copyOfRepoRules(scratch.resolve("same")).path();
        thriving80 = thrivingFrom80(scratch.resolve("thriving-80"));

        tablesBefore = history.tables();
        fileBefore = history.fileDigest();
        triggersFileBefore = Files.readAllLines(history.triggersFile());
        same = history.whatIf(sameRules, "2026-07", "2026-10", "--json");
        moved = history.whatIf(thriving80, "2026-07", "2026-10", "--json");
        movedText = history.whatIf(thriving80, "2026-07", "2026-10");
        fileAfter = history.fileDigest();
        tablesAfter = history.tables();
    }

    @AfterAll
    void dropTheStore() {
        if (history != null) {
            history.close();
        }
    }

    /** The repository's rules with THRIVING from 80 and HEALTHY up to 79, as a rule author would edit them. */
    static Path thrivingFrom80(Path folder) {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder);
        rules.edit("30-bands.drl", text -> text.replace("score >= 76 )", "score >= 80 )")
                .replace("score >= 51, score <= 75", "score >= 51, score <= 79"));
        return rules.path();
    }

    @Test
    void should_report_no_change_when_the_candidate_is_a_copy_of_the_rules_in_force() {
        JsonNode report = json(same);

        assertThat(report.get("bandChanges")).isEmpty();
        assertThat(report.get("scoreChanges").asLong()).isZero();
        assertThat(report.get("candidate").get("hash")).isEqualTo(report.get("inForce").get("hash"));
        assertThat(counts(report, "candidate")).isNotEmpty().isEqualTo(counts(report, "inForce"));
        assertThat(report.get("assessments").asLong()).isEqualTo(240);
        assertThat(report.get("companies").asLong()).isEqualTo(60);
        assertThat(report.get("storedDiffers").asLong()).isZero();
        assertThat(report.get("notStored").asLong()).isZero();
    }

    @Test
    void should_change_exactly_the_company_months_scored_76_to_79_when_thriving_starts_at_80() {
        List<String> scored76to79 = history.rows(
                "SELECT company_id, year_month, score FROM assessments" + IN_RANGE + " AND score BETWEEN 76 AND 79");
        JsonNode report = json(moved);

        List<JsonNode> changes = new ArrayList<>();
        report.get("bandChanges").forEach(changes::add);
        assertThat(scored76to79).as("the generated data has scores 76 to 79").isNotEmpty();
        assertThat(changes).extracting(change -> change.get("company").asText() + "|" + change.get("month").asText()
                        + "|" + change.get("inForce").get("score").asInt())
                .containsExactlyInAnyOrderElementsOf(scored76to79);
        assertThat(changes).allSatisfy(change -> {
            assertThat(change.get("inForce").get("band").asText()).isEqualTo("THRIVING");
            assertThat(change.get("candidate").get("band").asText()).isEqualTo("HEALTHY");
            assertThat(change.get("candidate").get("score")).isEqualTo(change.get("inForce").get("score"));
        });
        assertThat(changes).isSortedAccordingTo(Comparator.comparing((JsonNode change) -> change.get("month").asText())
                .thenComparing(change -> change.get("company").asText()));
        assertThat(report.get("scoreChanges").asLong()).isZero();
    }

    @Test
    void should_count_each_sides_triggers_as_the_contract_fires_them_when_thriving_starts_at_80() {
        List<String> scores = history.rows("SELECT company_id, year_month, score FROM assessments" + IN_RANGE);
        Map<String, Long> emitted = history.rows("SELECT name FROM triggers" + IN_RANGE).stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        Map<String, Long> inForce = ContractTriggers.count(scores, 76);
        Map<String, Long> candidate = ContractTriggers.count(scores, 80);
        JsonNode report = json(moved);

        assertThat(inForce).as("the oracle fires what the month runs emitted").isEqualTo(emitted);
        assertThat(counts(report, "inForce")).isEqualTo(inForce);
        assertThat(counts(report, "candidate")).isEqualTo(candidate).isNotEqualTo(inForce);
    }

    @Test
    void should_leave_every_table_and_the_triggers_file_as_they_were_when_what_if_runs() throws IOException {
        assertThat(tablesBefore).hasEntrySatisfying(table(tablesBefore, "assessments"),
                rows -> assertThat(rows).hasSize(240));
        assertThat(tablesBefore).hasEntrySatisfying(table(tablesBefore, "runs"), rows -> assertThat(rows).hasSize(4));

        assertThat(List.of(same, moved, movedText))
                .allSatisfy(run -> assertThat(run.exitCode()).as(run.err()).isZero());
        assertThat(tablesAfter).isEqualTo(tablesBefore);
        assertThat(fileAfter).as("the embedded store's file, byte for byte").isEqualTo(fileBefore);
        assertThat(Files.readAllLines(history.triggersFile())).isEqualTo(triggersFileBefore);
    }

    @Test
    void should_print_one_json_object_with_the_documented_fields_when_json_is_asked_for() {
        assertThat(moved.outLines()).hasSize(1);
        JsonNode report = json(moved);

        assertThat(report.fieldNames()).toIterable().containsExactly("from", "to", "candidate", "inForce",
                "assessments", "companies", "bandChanges", "scoreChanges", "triggers", "storedDiffers", "notStored", "suppressed");
        assertThat(report.get("from").asText()).isEqualTo("2026-07");
        assertThat(report.get("to").asText()).isEqualTo("2026-10");
        assertThat(report.get("candidate").get("folder").asText()).isEqualTo(thriving80.toString());
        assertThat(report.get("candidate").get("hash").asText()).matches("[0-9a-f]{64}");
        assertThat(report.get("inForce").get("folder").asText()).isEqualTo(Repo.rules().toString());
        assertThat(report.get("inForce").get("hash").asText()).matches("[0-9a-f]{64}")
                .isNotEqualTo(report.get("candidate").get("hash").asText());
        JsonNode change = report.get("bandChanges").get(0);
        assertThat(change.fieldNames()).toIterable().containsExactly("company", "month", "inForce", "candidate");
        assertThat(change.get("inForce").fieldNames()).toIterable().containsExactly("score", "band");
        assertThat(change.get("candidate").get("score").isInt()).isTrue();
        assertThat(report.get("triggers").elements()).toIterable().isNotEmpty().allSatisfy(counts -> {
            assertThat(counts.fieldNames()).toIterable().containsExactly("inForce", "candidate");
            assertThat(counts.get("inForce").isIntegralNumber()).isTrue();
        });
    }

    @Test
    void should_print_a_summary_and_aligned_tables_when_text_is_asked_for() {
        JsonNode report = json(moved);
        int changes = report.get("bandChanges").size();
        List<String> lines = movedText.outLines();

        assertThat(lines.get(0)).isEqualTo("what-if 2026-07..2026-10: candidate " + thriving80 + " ("
                + report.get("candidate").get("hash").asText().substring(0, 12) + ") against rules in force "
                + Repo.rules() + " (" + report.get("inForce").get("hash").asText().substring(0, 12) + ")");
        assertThat(lines.get(1)).isEqualTo("240 assessments of 60 companies; " + changes
                + " would change band, 0 would change score");
        assertThat(lines.get(2)).startsWith("stored history: 0 of 240 re-scored with the rules in force differ");
        List<String> bandTable = lines.subList(4, 5 + changes);
        assertThat(bandTable.get(0)).startsWith("MONTH    COMPANY");
        assertThat(bandTable).allSatisfy(row -> {
            assertThat(row.indexOf("->")).isEqualTo(bandTable.get(0).indexOf("->"));
            assertThat(row.lastIndexOf("->")).isEqualTo(bandTable.get(0).lastIndexOf("->"));
        });
        assertThat(bandTable.subList(1, bandTable.size())).allSatisfy(row -> assertThat(row)
                .matches("2026-\\d\\d  c\\d{5}  +\\d+ -> \\d+ +THRIVING +-> HEALTHY"));
        List<String> triggerTable = lines.subList(6 + changes, lines.size());
        assertThat(triggerTable.get(0)).startsWith("TRIGGER");
        assertThat(triggerTable).hasSize(report.get("triggers").size() + 2)
                .allSatisfy(row -> assertThat(row).hasSameSizeAs(triggerTable.get(0)));
        assertThat(triggerTable.get(triggerTable.size() - 1)).startsWith("(all)");
    }

    private static String table(Map<String, List<String>> tables, String name) {
        return tables.keySet().stream().filter(table -> table.equalsIgnoreCase(name)).findFirst().orElseThrow();
    }
}

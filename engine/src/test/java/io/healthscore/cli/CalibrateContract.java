package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.Stderr;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code calibrate} labels each assessment from the store's churn marks and an outcomes file and reports churn
 * by band, the AUC and the lead times; on the embedded store and on PostgreSQL. Four companies, July to October,
 * one week a month: low1 (score 10) is marked churned in the store after October, low2 (20) churns in November
 * by the outcomes file, mid (40) renews in November, high (90) has no outcome.
 */
abstract class CalibrateContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SettableClock CLOCK = SettableClock.at("2026-11-20T07:00:00Z");
    private static final List<String> MONDAYS = List.of("2026-07-06", "2026-08-03", "2026-09-07", "2026-10-05");

    @TempDir
    Path folder;

    private String store;
    private RulesFolder rules;

    abstract String createStore(Path folder);

    abstract void dropStore(String store);

    @BeforeEach
    void scoreJulyToOctoberAndChurnLow1() {
        store = createStore(folder);
        rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
        List<String> weeks = new ArrayList<>();
        for (String monday : MONDAYS) {
            weeks.add(CliStore.week("low1", monday, "10", "10", null));
            weeks.add(CliStore.week("low2", monday, "20", "20", null));
            weeks.add(CliStore.week("mid", monday, "40", "40", null));
            weeks.add(CliStore.week("high", monday, "90", "90", null));
        }
        Path metrics = InputFile.lines(folder, "metrics.jsonl", weeks.toArray(String[]::new));
        Path companies = InputFile.lines(folder, "companies.csv", "company,name,owner,contact,segment",
                "low1,Low One,,,enterprise", "mid,Mid,,,enterprise", "low2,Low Two,,,smb", "high,High,,,smb");
        succeeded(cli("ingest", metrics.toString(), "--companies", companies.toString()));
        for (String month : List.of("2026-07", "2026-08", "2026-09", "2026-10")) {
            succeeded(cli("run", "--month", month));
        }
        succeeded(cli("churn", "low1", "--note", "contract ended", "--by", "sam"));
    }

    @AfterEach
    void drop() {
        dropStore(store);
    }

    @Test
    void should_label_assessments_from_store_churn_and_outcomes_file_when_calibrating() throws IOException {
        Path outcomes = InputFile.lines(folder, "outcomes.csv", "company,date,outcome",
                "low2,2026-11-10,churned", "mid,2026-11-01,renewed");

        JsonNode all = calibrate(outcomes).path("inForce").path("all");

        assertThat(all.path("assessments").asInt()).isEqualTo(16);
        assertThat(all.path("churned").asInt()).as("low1 July-October, low2 August-October").isEqualTo(7);
        assertThat(all.path("notChurned").asInt()).as("low2 July, mid always, high July").isEqualTo(6);
        assertThat(all.path("censored").asInt()).as("high August-October: horizon not passed, no renewal").isEqualTo(3);
        JsonNode atRisk = all.path("bands").get(0);
        assertThat(atRisk.path("name").asText()).isEqualTo("AT_RISK");
        assertThat(atRisk.path("churned").asInt()).isEqualTo(7);
        assertThat(atRisk.path("known").asInt()).isEqualTo(8);
        assertThat(atRisk.path("tooFew").asBoolean()).as("8 known outcomes").isTrue();
        assertThat(all.path("auc").path("value").decimalValue()).isEqualByComparingTo("0.964");
        assertThat(all.path("leadTime").path("months").path("low1").asInt()).isEqualTo(3);
        assertThat(all.path("leadTime").path("months").path("low2").asInt()).isEqualTo(4);
    }

    @Test
    void should_report_each_segment_when_companies_have_segments() throws IOException {
        Path outcomes = InputFile.lines(folder, "outcomes.jsonl",
                "{\"company\": \"low2\", \"date\": \"2026-11-10\", \"outcome\": \"churned\"}");

        JsonNode segments = calibrate(outcomes).path("inForce").path("segments");

        assertThat(segments.path("enterprise").path("churned").asInt()).isEqualTo(4);
        assertThat(segments.path("enterprise").path("notChurned").asInt()).as("mid: horizon passed in July only")
                .isEqualTo(1);
        assertThat(segments.path("smb").path("churned").asInt()).isEqualTo(3);
    }

    @Test
    void should_state_too_few_with_the_counts_when_a_band_has_few_outcomes() {
        CliRun run = succeeded(cli("calibrate"));

        assertThat(run.out()).contains("  AT_RISK      too few: 4 churned of 5").contains("monotonic      cannot tell");
    }

    @Test
    void should_reject_each_bad_line_and_use_the_valid_ones_when_the_outcomes_file_has_errors() throws IOException {
        Path outcomes = InputFile.lines(folder, "outcomes.csv", "company,date,outcome",
                "low2,2026-11-10,churned", "nobody,2026-11-10,churned", "mid,2026-13-01,renewed", "mid,2026-11-01,left",
                "bad id!,2026-11-01,renewed");

        CliRun run = cli("calibrate", "--outcomes", outcomes.toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).containsExactly(
                outcomes + ":3: company: 'nobody' is not a company in the store; accepted: a known company",
                outcomes + ":4: date: '2026-13-01' is not a date; accepted: YYYY-MM-DD, e.g. 2026-11-30",
                outcomes + ":5: outcome: 'left' is not an outcome; accepted: churned, renewed",
                outcomes + ":6: company: 'bad id!' is not a company id; accepted: 1-64 characters of A-Z a-z 0-9 . _ -");
        assertThat(JSON.readTree(run.out()).path("inForce").path("all").path("churned").asInt())
                .as("low2's churn from the valid line").isEqualTo(7);
        Stderr.assertNoStackTrace(run);
    }

    @Test
    void should_show_the_candidate_beside_the_rules_in_force_when_the_candidate_moves_at_risk_up_to_45() throws IOException {
        RulesFolder candidate = RulesFolder.copyOfRepoRules(folder.resolve("candidate"));
        candidate.edit("30-bands.drl", text -> text.replace("score >= 26, score <= 50", "score >= 46, score <= 50")
                .replace("score <= 25 )", "score <= 45 )"));
        Path outcomes = InputFile.lines(folder, "outcomes.csv", "company,date,outcome",
                "low2,2026-11-10,churned", "mid,2026-11-01,renewed");

        JsonNode report = JSON.readTree(succeeded(cli("calibrate", "--outcomes", outcomes.toString(), "--format", "json",
                "--rules", candidate.path().toString(), "--in-force", rules.path().toString())).out());

        JsonNode inForce = report.path("inForce").path("all").path("bands");
        JsonNode proposed = report.path("candidate").path("all").path("bands");
        assertThat(inForce.get(0).path("churned").asInt() + "/" + inForce.get(0).path("known").asInt())
                .as("AT_RISK in force: low1 and low2").isEqualTo("7/8");
        assertThat(proposed.get(0).path("churned").asInt() + "/" + proposed.get(0).path("known").asInt())
                .as("AT_RISK candidate: mid too").isEqualTo("7/12");
        assertThat(proposed.get(1).path("known").asInt()).as("STEADY candidate").isZero();
        assertThat(report.path("candidate").path("all").path("churned").asInt())
                .as("low1, churned in the store, is re-scored up to its churn month").isEqualTo(7);
        assertThat(report.path("candidate").path("rules").asText()).startsWith(candidate.path().toString());
    }

    @Test
    void should_count_a_provisional_at_risk_in_the_lead_time_when_it_came_before_any_monthly_one() throws IOException {
        scoreSlideToDateInSeptember();
        Path outcomes = InputFile.lines(folder, "outcomes.csv", "company,date,outcome", "slide,2026-11-05,churned");

        JsonNode lead = calibrate(outcomes).path("inForce").path("all").path("leadTime");

        assertThat(lead.path("months").path("slide").asInt()).as("from September's score to date").isEqualTo(2);
        assertThat(lead.path("provisionalFirst")).extracting(JsonNode::asText).containsExactly("slide");
        assertThat(lead.path("unwarned")).extracting(JsonNode::asText).doesNotContain("slide");
    }

    @Test
    void should_score_the_provisional_scores_again_on_each_side_when_a_candidate_is_compared() throws IOException {
        scoreSlideToDateInSeptember();
        RulesFolder candidate = RulesFolder.copyOfRepoRules(folder.resolve("candidate"));
        candidate.edit("30-bands.drl", text -> text.replace("score >= 26, score <= 50", "score >= 16, score <= 50")
                .replace("score <= 25 )", "score <= 15 )"));
        Path outcomes = InputFile.lines(folder, "outcomes.csv", "company,date,outcome", "slide,2026-11-05,churned");

        JsonNode report = JSON.readTree(succeeded(cli("calibrate", "--outcomes", outcomes.toString(), "--format", "json",
                "--rules", candidate.path().toString(), "--in-force", rules.path().toString())).out());

        JsonNode inForce = report.path("inForce").path("all").path("leadTime");
        JsonNode proposed = report.path("candidate").path("all").path("leadTime");
        assertThat(inForce.path("months").path("slide").asInt()).isEqualTo(2);
        assertThat(inForce.path("provisionalFirst")).extracting(JsonNode::asText).containsExactly("slide");
        assertThat(proposed.path("months").has("slide")).as("20 to date is STEADY for the candidate").isFalse();
        assertThat(proposed.path("unwarned")).extracting(JsonNode::asText).contains("slide");
        assertThat(proposed.path("provisionalFirst")).isEmpty();
    }

    /**
     * slide: HEALTHY every month (70, and September's mean 72.5), but scored to date on 10 September on its first
     * September week alone (20): AT_RISK, provisionally.
     */
    private void scoreSlideToDateInSeptember() {
        Path metrics = InputFile.lines(folder, "slide.jsonl",
                CliStore.week("slide", "2026-07-06", "70", "70", null),
                CliStore.week("slide", "2026-08-03", "70", "70", null),
                CliStore.week("slide", "2026-08-31", "20", "20", null),
                CliStore.week("slide", "2026-09-07", "90", "90", null),
                CliStore.week("slide", "2026-09-14", "90", "90", null),
                CliStore.week("slide", "2026-09-21", "90", "90", null),
                CliStore.week("slide", "2026-10-05", "70", "70", null));
        succeeded(cli("ingest", metrics.toString()));
        try {
            CLOCK.set(java.time.Instant.parse("2026-09-10T07:00:00Z"));
            succeeded(cli("run", "--provisional"));
        } finally {
            CLOCK.set(java.time.Instant.parse("2026-11-20T07:00:00Z"));
        }
        for (String month : List.of("2026-07", "2026-08", "2026-09", "2026-10")) {
            succeeded(cli("run", "--month", month));
        }
    }

    @Test
    void should_fail_with_usage_when_the_horizon_is_not_a_number_of_months() {
        CliRun run = cli("calibrate", "--horizon", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--horizon 0: accepted: 1 to 36 months");
    }

    private JsonNode calibrate(Path outcomes) throws IOException {
        return JSON.readTree(succeeded(cli("calibrate", "--outcomes", outcomes.toString(), "--format", "json")).out());
    }

    private CliRun cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", store));
        if (args[0].equals("calibrate")) {
            all.addAll(List.of("--threads", "2"));
        } else {
            all.addAll(List.of("--rules", rules.path().toString(),
                    "--triggers-file", folder.resolve("triggers.jsonl").toString(), "--threads", "2"));
        }
        return CliRun.run(CLOCK, all.toArray(String[]::new));
    }

    private static CliRun succeeded(CliRun run) {
        assertThat(run.exitCode()).as("exit status; stderr:%n%s", run.err()).isZero();
        return run;
    }
}

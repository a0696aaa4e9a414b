package io.healthscore.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.store.Database;
import io.healthscore.store.StoreLocation;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.Rows;
import io.healthscore.testhelper.SettableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example rule set of rules/examples/portfolio run month by month on a store: segment sets, history read once
 * per batch (streaks, baselines, weekly slopes, stale NPS), data coverage, forced bands and cooldowns, as the
 * month run stores them; on the embedded store and on PostgreSQL.
 */
abstract class RuleVocabularyContract {
    private static final SettableClock CLOCK = SettableClock.at("2026-11-02T07:00:00Z");
    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2026, 7), YearMonth.of(2026, 8),
            YearMonth.of(2026, 9), YearMonth.of(2026, 10));

    @TempDir
    Path folder;

    private final Map<YearMonth, CliRun> runs = new HashMap<>();
    private String store;
    private Path rules;

    abstract String createStore(Path folder);

    abstract void dropStore(String store);

    @BeforeEach
    void runJulyToOctober() {
        store = createStore(folder);
        rules = copy(Repo.rules().resolve("examples/portfolio"), folder.resolve("rules"));
        List<String> lines = new ArrayList<>();
        // flapper: AT_RISK, STEADY, AT_RISK, STEADY (no segment: the base set)
        month(lines, "flapper", 0, "20", null);
        month(lines, "flapper", 1, "40", null);
        month(lines, "flapper", 2, "20", null);
        month(lines, "flapper", 3, "40", null);
        // globex (enterprise): 30 is AT_RISK for enterprise (0-34), STEADY for the base set
        for (int month = 0; month < 4; month++) {
            month(lines, "globex", month, "30", null);
        }
        // dropper: THRIVING at 80 for three months, then 62: 18 below its own average
        for (int month = 0; month < 3; month++) {
            month(lines, "dropper", month, "80", null);
        }
        month(lines, "dropper", 3, "62", null);
        // sparse: two weeks of October only (low-confidence), single: one week (no band)
        List<LocalDate> october = WeeklyMetrics.weeksOf(MONTHS.get(3));
        lines.add(CliStore.week("sparse", october.get(0).toString(), "70", "70", null));
        lines.add(CliStore.week("sparse", october.get(1).toString(), "70", "70", null));
        lines.add(CliStore.week("single", october.get(0).toString(), "70", "70", null));
        // surveyed: one NPS answer in September's last week, counted for 8 weeks into October's weeks
        month(lines, "surveyed", 2, "60", null);
        lines.remove(lines.size() - 1);
        lines.add(CliStore.week("surveyed", WeeklyMetrics.weeksOf(MONTHS.get(2)).get(3).toString(), "60", "60", "100"));
        month(lines, "surveyed", 3, "60", null);
        // detractor: logins fall 4 points a week over September and October, NPS 20 in October
        int login = 96;
        for (int month = 2; month < 4; month++) {
            for (LocalDate week : WeeklyMetrics.weeksOf(MONTHS.get(month))) {
                login -= 4;
                lines.add(CliStore.week("detractor", week.toString(), String.valueOf(login), "80",
                        month == 3 && week.equals(october.get(1)) ? "20" : null));
            }
        }
        Path companies = InputFile.lines(folder, "companies.csv", "company,name,owner,contact,segment",
                "globex,Globex,,,enterprise", "flapper,Flapper,,,smb");
        succeeded(cli("ingest", "--companies", companies.toString(), InputFile.lines(folder, "metrics.jsonl",
                lines.toArray(String[]::new)).toString()));
        for (YearMonth month : MONTHS) {
            runs.put(month, succeeded(cli("run", "--month", month.toString())));
        }
    }

    @AfterEach
    void drop() {
        dropStore(store);
    }

    @Test
    void should_score_a_company_of_a_segment_with_a_folder_by_its_set_and_record_the_set() {
        Assessment globex = stored("globex", 9);
        Assessment flapper = stored("flapper", 9);

        assertThat(globex.explanation().ruleSet()).isEqualTo("enterprise");
        assertThat(globex.band()).as("30 is AT_RISK under the enterprise thresholds").isEqualTo(Band.AT_RISK);
        assertThat(flapper.explanation().ruleSet()).as("segment smb has no folder").isEqualTo("base");
        assertThat(globex.rulesHash()).isNotEqualTo(flapper.rulesHash());
        try (Database database = open()) {
            assertThat(Rows.of(database, "SELECT company_id, rule_set FROM assessments WHERE year_month = '2026-09'"
                    + " AND company_id IN ('globex', 'flapper')"))
                    .containsExactly("flapper|null", "globex|enterprise");
            assertThat(Rows.of(database, "SELECT DISTINCT file FROM rule_files WHERE rules_hash = '"
                    + globex.rulesHash() + "' AND file LIKE 'segments/%'"))
                    .containsExactly("segments/enterprise/10-weekly-score.drl", "segments/enterprise/30-bands.drl",
                            "segments/enterprise/36-hysteresis.drl");
        }
    }

    @Test
    void should_ask_for_an_escalation_call_in_the_second_month_at_risk_and_hold_it_back_in_the_third() {
        assertThat(triggers("globex", 7)).contains("outreach-email").doesNotContain("escalation-call");
        assertThat(triggers("globex", 8)).containsExactly("escalation-call");

        Assessment third = stored("globex", 9);
        assertThat(triggers("globex", 9)).doesNotContain("escalation-call");
        assertThat(third.explanation().suppressed()).containsOnlyKeys("escalation-call");
        assertThat(third.explanation().suppressed().get("escalation-call"))
                .contains("at most once in 3 months", "last sent 2026-08", "next from 2026-11");
        assertThat(third.firedRules()).contains("streak: AT_RISK two months running asks for an escalation call");
    }

    @Test
    void should_count_the_triggers_held_back_and_the_low_confidence_scores_in_the_run_summary() {
        assertThat(runs.get(MONTHS.get(2)).out())
                .contains("  held back by a cooldown: 3 (escalation-call 1, follow-up-task 1, outreach-email 1);"
                        + " `healthscore explain COMPANY` says why");
        assertThat(runs.get(MONTHS.get(3)).out()).contains("  low-confidence scores: 1");
        assertThat(runs.get(MONTHS.get(0)).out()).doesNotContain("held back", "low-confidence");
    }

    @Test
    void should_send_the_outreach_of_entering_at_risk_once_in_three_months_when_a_company_flaps() {
        assertThat(triggers("flapper", 7)).contains("outreach-email", "follow-up-task");
        assertThat(triggers("flapper", 8)).contains("engagement-email");

        Assessment september = stored("flapper", 9);
        assertThat(september.band()).isEqualTo(Band.AT_RISK);
        assertThat(triggers("flapper", 9)).containsExactly("internal-notification", "score-drop-alert");
        assertThat(september.explanation().suppressed()).containsOnlyKeys("outreach-email", "follow-up-task");
    }

    @Test
    void should_alert_on_a_score_far_below_the_company_s_own_average() {
        assertThat(triggers("dropper", 10)).contains("baseline-drop-alert");
        assertThat(triggers("dropper", 9)).doesNotContain("baseline-drop-alert");
    }

    @Test
    void should_mark_a_month_with_two_weeks_of_data_low_confidence_and_give_one_week_no_band() {
        Assessment sparse = stored("sparse", 10);
        Assessment single = stored("single", 10);

        assertThat(sparse.explanation().lowConfidence()).isEqualTo("only 2 of 4 weeks have data");
        assertThat(sparse.band()).isEqualTo(Band.HEALTHY);
        assertThat(single.band()).isEqualTo(Band.NONE);
        assertThat(single.explanation().bandReason()).startsWith("only 1 week of the month has data");
        try (Database database = open()) {
            assertThat(Rows.of(database, "SELECT company_id, low_confidence FROM assessments WHERE year_month = '2026-10'"
                    + " AND low_confidence IS NOT NULL")).containsExactly("sparse|only 2 of 4 weeks have data");
        }
    }

    @Test
    void should_count_an_nps_answer_for_eight_weeks_in_the_weekly_score() {
        Assessment october = stored("surveyed", 10);

        // feedback (100 + 100) / 2 = 100 weighs 0.2: 0.4 * 60 + 0.4 * 60 + 0.2 * 100 = 68 in every October week
        assertThat(october.explanation().weeks()).allSatisfy(week ->
                assertThat(week.score()).isEqualByComparingTo("68"));
        assertThat(october.score()).isEqualTo(68);
    }

    @Test
    void should_force_at_risk_with_its_reason_when_nps_is_low_and_logins_fall() {
        Assessment october = stored("detractor", 10);

        assertThat(october.band()).isEqualTo(Band.AT_RISK);
        assertThat(october.explanation().bandRule())
                .isEqualTo("exception: NPS of 40 or less and logins falling 3 points a week force AT_RISK");
        assertThat(october.explanation().bandReason())
                .isEqualTo("NPS of 40 or less and logins falling 4.0 points a week over 8 weeks");
        assertThat(october.score()).as("the score stands; only the band is forced").isGreaterThan(50);
    }

    @Test
    void should_read_the_same_history_when_one_company_is_scored_again() throws IOException {
        CliRun again = succeeded(cli("score", "globex", "--month", "2026-09", "--json"));

        Assessment rescored = stored("globex", 9);
        assertThat(rescored.explanation().suppressed()).containsOnlyKeys("escalation-call");
        JsonNode shown = new ObjectMapper().readTree(again.out());
        assertThat(shown.path("triggers").toString()).isEqualTo("[]");
        assertThat(shown.path("suppressed").toString()).isEqualTo("[\"escalation-call\"]");
    }

    @Test
    void should_honour_each_side_s_streaks_and_cooldowns_when_what_if_compares_the_example_with_the_default_rules()
            throws IOException {
        CliRun whatIf = succeeded(CliRun.run(CLOCK, "what-if", "--rules", rules.toString(), "--in-force",
                Repo.rules().toString(), "--from", "2026-07", "--to", "2026-10", "--json", "--store", store,
                "--threads", "2"));

        JsonNode report = new ObjectMapper().readTree(whatIf.out());
        assertThat(report.path("triggers").path("escalation-call").toString())
                .isEqualTo("{\"inForce\":0,\"candidate\":1}");
        assertThat(report.path("suppressed").path("escalation-call").toString())
                .as("globex: sent in August, held back in September and October")
                .isEqualTo("{\"inForce\":0,\"candidate\":2}");
        assertThat(report.path("suppressed").path("outreach-email").toString())
                .as("flapper enters AT_RISK in July and September on both sides; only the candidate holds it back")
                .isEqualTo("{\"inForce\":0,\"candidate\":1}");
        assertThat(report.path("bandChanges").toString())
                .contains("{\"company\":\"globex\",\"month\":\"2026-07\",\"inForce\":{\"score\":30,\"band\":\"STEADY\"},"
                        + "\"candidate\":{\"score\":30,\"band\":\"AT_RISK\"}}");
    }

    @Test
    void should_evaluate_an_override_with_the_history_the_rules_read() {
        // globex is AT_RISK a fourth month in October: the streak rule reads its history when the override
        // re-evaluates the month, and the escalation call sent in August is still held back
        CliRun override = cli("override", "globex", "--band", "STEADY", "--note", "renewal signed");
        succeeded(override);
        CliRun clear = succeeded(cli("override", "globex", "--clear"));

        assertThat(clear.out() + clear.err()).doesNotContain("escalation-call");
        assertThat(triggers("globex", 10)).doesNotContain("escalation-call");
    }

    private List<String> triggers(String company, int month) {
        try (Database database = open()) {
            return Rows.of(database, "SELECT name FROM triggers WHERE company_id = '" + company
                    + "' AND year_month = '" + YearMonth.of(2026, month) + "'");
        }
    }

    private Assessment stored(String company, int month) {
        try (Database database = open()) {
            return new AssessmentLog(database).find(CompanyId.of(company), YearMonth.of(2026, month)).orElseThrow()
                    .assessment();
        }
    }

    private Database open() {
        return Database.openReadOnly(StoreLocation.parse(store));
    }

    /** Every week of the month at the same login and adoption. */
    private static void month(List<String> lines, String company, int month, String value, String nps) {
        for (LocalDate week : WeeklyMetrics.weeksOf(MONTHS.get(month))) {
            lines.add(CliStore.week(company, week.toString(), value, value, nps));
        }
    }

    private static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CliRun cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", store, "--rules", rules.toString(),
                "--triggers-file", folder.resolve("triggers.jsonl").toString(), "--threads", "2"));
        return CliRun.run(CLOCK, all.toArray(String[]::new));
    }

    private static CliRun succeeded(CliRun run) {
        assertThat(run.exitCode()).as("exit status; stderr:%n%s", run.err()).isZero();
        return run;
    }
}

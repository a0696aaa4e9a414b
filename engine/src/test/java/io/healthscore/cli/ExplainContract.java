package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.Stderr;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain} reads back what was recorded when an assessment was scored, and its numbers reproduce the
 * stored score; on the embedded store and on PostgreSQL.
 */
abstract class ExplainContract {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final SettableClock CLOCK = SettableClock.at("2026-11-02T07:00:00Z");

    @TempDir
    Path folder;

    private String store;
    private RulesFolder rules;

    abstract String createStore(Path folder);

    abstract void dropStore(String store);

    @BeforeEach
    void scoreSeptemberAndOctober() {
        store = createStore(folder);
        rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
        Path metrics = InputFile.lines(folder, "metrics.jsonl",
                CliStore.week("acme", "2026-09-07", "40", "40", null),
                // October: the week of 28 September ends on Sunday 4 October
                CliStore.week("acme", "2026-09-28", "70", "55", null),
                CliStore.week("acme", "2026-10-05", "82.5", "61", "40"),
                CliStore.week("acme", "2026-10-12", "60", "50", "-20"),
                CliStore.week("acme", "2026-10-19", "65.25", "48", null),
                CliStore.week("quiet", "2026-09-07", "90", "90", null));
        succeeded(cli("ingest", metrics.toString()));
        succeeded(cli("run", "--month", "2026-09"));
        succeeded(cli("run", "--month", "2026-10"));
    }

    @AfterEach
    void drop() {
        dropStore(store);
    }

    @Test
    void should_reproduce_the_stored_score_when_the_weighted_weeks_are_summed_averaged_and_rounded() throws IOException {
        JsonNode stored = JSON.readTree(succeeded(cli("score", "acme", "--month", "2026-10", "--json")).out());
        JsonNode explained = explain("acme", "2026-10");

        List<BigDecimal> weekly = new ArrayList<>();
        for (JsonNode week : explained.path("weeks")) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal weights = BigDecimal.ZERO;
            for (JsonNode part : week.path("parts")) {
                sum = sum.add(part.path("weight").decimalValue().multiply(part.path("value").decimalValue()));
                weights = weights.add(part.path("weight").decimalValue());
            }
            assertThat(weights).as("weights as applied, re-normalised, in %s", week).isEqualByComparingTo("1");
            assertThat(sum).as("weighted sum of %s", week).isEqualByComparingTo(week.path("score").decimalValue());
            weekly.add(sum);
        }
        BigDecimal mean = weekly.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(weekly.size()), 12, RoundingMode.HALF_EVEN);

        assertThat(weekly).hasSize(4);
        assertThat(mean).isEqualByComparingTo(explained.path("mean").decimalValue()).isEqualByComparingTo("60.63125");
        assertThat(mean.setScale(0, RoundingMode.HALF_UP).intValueExact())
                .isEqualTo(explained.path("score").asInt())
                .isEqualTo(stored.path("score").asInt())
                .isEqualTo(61);
        assertThat(explained.path("band").asText()).isEqualTo(stored.path("band").asText()).isEqualTo("HEALTHY");
        assertThat(explained.path("rulesHash").asText()).isEqualTo(stored.path("rulesHash").asText());
    }

    @Test
    void should_name_the_weekly_values_used_and_the_feedback_part_when_a_week_has_nps() throws IOException {
        JsonNode week = explain("acme", "2026-10").path("weeks").get(1);

        assertThat(week.path("week").asText()).isEqualTo("2026-10-05");
        assertThat(week.path("login").decimalValue()).isEqualByComparingTo("82.5");
        assertThat(week.path("nps").decimalValue()).isEqualByComparingTo("40");
        assertThat(week.path("score").decimalValue()).isEqualByComparingTo("71.4");
        assertThat(names(week.path("parts"))).containsExactly("login", "adoption", "feedback");
        assertThat(week.path("parts").get(2).path("value").decimalValue()).isEqualByComparingTo("70");
        assertThat(week.path("parts").get(2).path("weight").decimalValue()).isEqualByComparingTo("0.2");
    }

    @Test
    void should_show_the_band_rule_its_conditions_the_previous_assessment_and_each_trigger_with_its_rule() throws IOException {
        JsonNode explained = explain("acme", "2026-10");

        assertThat(explained.path("bandRule").path("name").asText()).isEqualTo("band HEALTHY: 51 to 75");
        assertThat(explained.path("bandRule").path("file").asText()).isEqualTo("30-bands.drl");
        assertThat(explained.path("bandRule").path("when").asText()).isEqualTo("MonthlyScore( score >= 51, score <= 75 )");
        assertThat(explained.path("previous").path("band").asText()).isEqualTo("STEADY");
        assertThat(explained.path("previous").path("score").asInt()).isEqualTo(40);
        assertThat(explained.path("firedRules").toString()).contains("band HEALTHY: 51 to 75", "monthly score");
        assertThat(names(explained.path("triggers")))
                .containsExactlyInAnyOrder("upsell-opportunity", "loyalty-offer", "internal-notification");
        for (JsonNode trigger : explained.path("triggers")) {
            assertThat(trigger.path("rule").path("name").asText()).as("rule of %s", trigger)
                    .isIn("entering HEALTHY: upsell opportunity and loyalty offer", "internal notification on every band change");
            assertThat(trigger.path("emittedAt").asText()).isEqualTo(CLOCK.instant().toString());
            assertThat(trigger.path("deliveredAt").isNull()).isFalse();
        }
    }

    @Test
    void should_keep_showing_the_rules_that_scored_when_the_rules_folder_changed_since() throws IOException {
        rules.edit("30-bands.drl", text -> text.replace("score >= 51, score <= 75", "score >= 55, score <= 75")
                .replace("score >= 26, score <= 50", "score >= 26, score <= 54"));

        JsonNode explained = explain("acme", "2026-10");

        assertThat(explained.path("band").asText()).isEqualTo("HEALTHY");
        assertThat(explained.path("bandRule").path("when").asText()).isEqualTo("MonthlyScore( score >= 51, score <= 75 )");
    }

    @Test
    void should_explain_a_month_without_data_as_band_none_with_no_weeks() throws IOException {
        JsonNode explained = explain("quiet", "2026-10");

        assertThat(explained.path("band").asText()).isEqualTo("NONE");
        assertThat(explained.path("score").isNull()).isTrue();
        assertThat(explained.path("mean").isNull()).isTrue();
        assertThat(explained.path("weeks")).isEmpty();
        assertThat(explained.path("bandRule").path("name").asText()).isEqualTo("band NONE: no weekly data in the month");
        assertThat(names(explained.path("triggers"))).containsExactly("internal-notification");
    }

    @Test
    void should_print_the_explanation_for_people_when_json_is_not_asked_for() {
        CliRun run = succeeded(cli("explain", "acme", "--month", "2026-10"));

        assertThat(run.outLines()).contains(
                "acme 2026-10: HEALTHY, score 61",
                "previous      STEADY, score 40 (change +21)",
                "monthly mean  60.63125, rounded half up: 61",
                "band          HEALTHY, set by rule \"band HEALTHY: 51 to 75\" (30-bands.drl:18)",
                "              when MonthlyScore( score >= 51, score <= 75 )");
        assertThat(run.out()).containsPattern("2026-10-05 +82\\.5 +61 +40 +71\\.4 += 0\\.4 x login 82\\.5 \\+ 0\\.4 x adoption 61"
                + " \\+ 0\\.2 x feedback 70")
                .containsPattern("2026-09-28 +70 +55 +- +62\\.5 += 0\\.5 x login 70 \\+ 0\\.5 x adoption 55")
                // each weekly rule fired twice in a row, once per week: one line each
                .containsPattern("rules fired +1\\. weekly score with(out)? NPS: .* \\(2 times\\)");
    }

    @Test
    void should_print_no_rule_set_confidence_or_history_lines_when_the_default_rules_scored_it() throws IOException {
        CliRun run = succeeded(cli("explain", "acme", "--month", "2026-10"));
        JsonNode explained = explain("acme", "2026-10");

        assertThat(run.out()).doesNotContain("rule set ", "confidence ", "forced by", "held back", "history ", "coverage ");
        assertThat(explained.path("ruleSet").asText()).isEqualTo("base");
        assertThat(explained.path("suppressed")).isEmpty();
        assertThat(explained.path("history")).isEmpty();
        assertThat(explained.path("historyDepth").toString()).isEqualTo("{\"months\":0,\"weeks\":0}");
        assertThat(explained.path("coverage").toString())
                .isEqualTo("{\"weeks\":4,\"weeksInMonth\":4,\"lastNps\":\"2026-10-12\",\"npsAgeWeeks\":1}");
    }

    @Test
    void should_exit_1_with_what_to_do_when_no_assessment_is_stored() {
        CliRun run = cli("explain", "acme", "--month", "2026-08");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString()
                .contains("no assessment of acme for 2026-08").contains("score acme --month 2026-08");
        Stderr.assertNoStackTrace(run);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(element -> names.add(element.path("name").asText()));
        return names;
    }

    private JsonNode explain(String company, String month) throws IOException {
        return JSON.readTree(succeeded(cli("explain", company, "--month", month, "--json")).out());
    }

    private CliRun cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--store", store, "--rules", rules.path().toString(),
                "--triggers-file", folder.resolve("triggers.jsonl").toString(), "--threads", "2"));
        return CliRun.run(CLOCK, all.toArray(String[]::new));
    }

    private static CliRun succeeded(CliRun run) {
        assertThat(run.exitCode()).as("exit status; stderr:%n%s", run.err()).isZero();
        return run;
    }
}

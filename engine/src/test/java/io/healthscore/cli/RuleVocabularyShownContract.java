package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.ShownVocabularyRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the rule vocabulary decided is shown wherever a band or score is: the segment's rule set, a band a rule
 * forced with its reason, a low-confidence score with its reason, a trigger a cooldown held back, and the history
 * the rule set declares it reads; by explain, history, companies, report and score --json, on the embedded store
 * and on PostgreSQL.
 */
abstract class RuleVocabularyShownContract {
    private static final SettableClock CLOCK = SettableClock.at("2026-11-02T07:00:00Z");
    private static final String HELD = "cooldown: rule \"" + ShownVocabularyRules.COOLDOWN_RULE + "\" sends it at most once"
            + " in 3 months; last sent 2026-09, next from 2026-12";

    @TempDir
    Path folder;

    private String store;
    private RulesFolder rules;

    abstract String createStore(Path folder);

    abstract void dropStore(String store);

    @BeforeEach
    void scoreSeptemberAndOctober() {
        store = createStore(folder);
        rules = ShownVocabularyRules.copyInto(folder.resolve("rules"));
        ShownVocabularyRules.commands(folder).forEach(args -> succeeded(cli(args.toArray(String[]::new))));
    }

    @AfterEach
    void drop() {
        dropStore(store);
    }

    @Test
    void should_name_the_segment_set_the_forced_band_low_confidence_and_held_back_trigger_when_explained_as_text() {
        CliRun run = succeeded(cli("explain", "acme", "--month", "2026-10"));

        assertThat(run.outLines()).contains(
                "rule set      segment enterprise: the base files with those of segments/enterprise/",
                "confidence    low: 2 of 4 weeks have data",
                "band          AT_RISK, forced by rule \"" + ShownVocabularyRules.EXCEPTION_RULE
                        + "\" (segments/enterprise/30-bands.drl:18): " + ShownVocabularyRules.REASON,
                "triggers      check-in-call: held back (not sent); " + HELD,
                "history       the rules read 3 months of assessments; earlier assessments, newest first:",
                "              2026-09  score 64, shown AT_RISK",
                "coverage      2 of 4 weeks have data; latest NPS in the week of 2026-10-05 (2 weeks before the"
                        + " month's last week)");
    }

    @Test
    void should_give_rule_set_reasons_held_back_triggers_history_and_coverage_when_explained_as_json() {
        JsonNode explained = json(cli("explain", "acme", "--month", "2026-10", "--json"));

        assertThat(explained.path("ruleSet").asText()).isEqualTo("enterprise");
        assertThat(explained.path("bandReason").asText()).isEqualTo(ShownVocabularyRules.REASON);
        assertThat(explained.path("lowConfidence").asText()).isEqualTo("2 of 4 weeks have data");
        assertThat(explained.path("suppressed").toString())
                .isEqualTo("[{\"trigger\":\"check-in-call\",\"reason\":\"" + HELD.replace("\"", "\\\"") + "\"}]");
        assertThat(explained.path("historyDepth").toString()).isEqualTo("{\"months\":3,\"weeks\":0}");
        assertThat(explained.path("history").toString()).isEqualTo("[{\"month\":\"2026-09\",\"score\":64,\"band\":"
                + "\"AT_RISK\",\"effectiveBand\":\"AT_RISK\",\"lowConfidence\":null}]");
        assertThat(explained.path("coverage").toString())
                .isEqualTo("{\"weeks\":2,\"weeksInMonth\":4,\"lastNps\":\"2026-10-05\",\"npsAgeWeeks\":2}");
        List<String> fields = new ArrayList<>();
        explained.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsSubsequence("recorded", "ruleSet", "bandReason", "lowConfidence", "suppressed",
                "historyDepth", "history", "coverage").startsWith("company", "month", "score", "mean", "band");
    }

    @Test
    void should_show_the_base_set_and_nothing_forced_when_a_company_without_segment_rules_is_explained() {
        JsonNode explained = json(cli("explain", "beta", "--month", "2026-10", "--json"));
        CliRun text = succeeded(cli("explain", "beta", "--month", "2026-10"));

        assertThat(explained.path("ruleSet").asText()).isEqualTo("base");
        assertThat(explained.path("bandReason").isNull()).isTrue();
        assertThat(explained.path("lowConfidence").isNull()).isTrue();
        assertThat(text.out()).doesNotContain("rule set", "confidence", "forced by")
                .contains("band          THRIVING, set by rule \"band THRIVING: 76 to 100\"");
    }

    @Test
    void should_mark_the_low_confidence_score_and_note_set_and_reasons_when_the_history_is_shown() {
        CliRun text = succeeded(cli("history", "acme"));
        JsonNode history = json(cli("history", "acme", "--json"));

        assertThat(text.out()).contains("(* an override set the band shown, ~ a low-confidence score)");
        assertThat(text.outLines()).anySatisfy(line -> assertThat(line).startsWith("2026-10   65~ "))
                .contains("        rules of segment enterprise; band forced by rule \"" + ShownVocabularyRules.EXCEPTION_RULE
                        + "\": " + ShownVocabularyRules.REASON + "; low confidence: 2 of 4 weeks have data; held back (not sent):"
                        + " check-in-call");
        JsonNode october = history.path("assessments").get(0);
        assertThat(october.path("month").asText()).isEqualTo("2026-10");
        assertThat(october.path("ruleSet").asText()).isEqualTo("enterprise");
        assertThat(october.path("lowConfidence").asText()).isEqualTo("2 of 4 weeks have data");
        assertThat(october.path("bandReason").asText()).isEqualTo(ShownVocabularyRules.REASON);
        assertThat(history.path("assessments").get(1).path("lowConfidence").isNull()).isTrue();
    }

    @Test
    void should_show_low_confidence_and_the_rule_set_of_each_company_when_listed() {
        CliRun text = succeeded(cli("companies", "--month", "2026-10"));
        List<JsonNode> rows = succeeded(cli("companies", "--month", "2026-10", "--json")).outLines().stream()
                .map(CliStore::parse).toList();

        assertThat(text.outLines()).anySatisfy(line -> assertThat(line).startsWith("acme").contains(" 65~ ")
                        .endsWith("AT_RISK (rules of segment enterprise; low confidence: 2 of 4 weeks have data)"))
                .anySatisfy(line -> assertThat(line).startsWith("beta").endsWith("THRIVING  THRIVING"))
                .contains("~ a low-confidence score (the reason is beside the band shown)");
        assertThat(rows).extracting(row -> row.path("company").asText() + " " + row.path("ruleSet").asText() + " "
                + row.path("lowConfidence")).containsExactly("acme enterprise \"2 of 4 weeks have data\"", "beta base null");
    }

    @Test
    void should_count_and_list_the_low_confidence_scores_when_the_month_is_reported() {
        CliRun text = succeeded(cli("report", "--month", "2026-10"));
        JsonNode report = json(cli("report", "--month", "2026-10", "--format", "json"));
        String html = succeeded(cli("report", "--month", "2026-10", "--format", "html")).out();

        assertThat(text.out()).contains("\nLow-confidence scores (1)\n  company  name  band     score  why\n"
                + "  acme     Acme  AT_RISK     65  2 of 4 weeks have data\n\nManual changes\n");
        assertThat(report.path("lowConfidenceCount").asInt()).isEqualTo(1);
        assertThat(report.path("lowConfidence").toString()).isEqualTo("[{\"company\":\"acme\",\"name\":\"Acme\","
                + "\"score\":65,\"band\":\"AT_RISK\",\"reason\":\"2 of 4 weeks have data\"}]");
        assertThat(html).contains("id=\"low-confidence\"").contains("Low-confidence scores (1)")
                .contains("2 of 4 weeks have data");
    }

    @Test
    void should_give_rule_set_reasons_and_held_back_triggers_when_scored_as_json() {
        JsonNode acme = json(cli("score", "acme", "--month", "2026-10", "--json"));
        JsonNode beta = json(cli("score", "beta", "--month", "2026-10", "--json"));

        assertThat(acme.path("ruleSet").asText()).isEqualTo("enterprise");
        assertThat(acme.path("lowConfidence").asText()).isEqualTo("2 of 4 weeks have data");
        assertThat(acme.path("bandReason").asText()).isEqualTo(ShownVocabularyRules.REASON);
        assertThat(acme.path("suppressed").toString()).isEqualTo("[\"check-in-call\"]");
        assertThat(acme.path("triggers").toString()).isEqualTo("[]");
        assertThat(beta.path("ruleSet").asText()).isEqualTo("base");
        assertThat(beta.path("lowConfidence").isNull()).isTrue();
        assertThat(beta.path("bandReason").isNull()).isTrue();
    }

    private static JsonNode json(CliRun run) {
        return CliStore.parse(succeeded(run).out());
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

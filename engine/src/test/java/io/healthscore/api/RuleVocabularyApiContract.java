package io.healthscore.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.RunningService;
import io.healthscore.testhelper.ShownVocabularyRules;
import io.healthscore.users.Role;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API shows what the rule vocabulary decided as the command line does: the rule set, a forced band's reason, a
 * low-confidence score and the triggers a cooldown held back, in a company, its history, the list and the report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RuleVocabularyApiContract {
    private String store;
    private RunningService service;
    private Api viewer;

    abstract String createStore(Path folder);

    abstract void dropStore(String store);

    @BeforeAll
    void start(@TempDir Path folder) {
        store = createStore(folder);
        service = RunningService.on(folder, store, ShownVocabularyRules.copyInto(folder.resolve("rules")).path(),
                ShownVocabularyRules.commands(folder));
        viewer = Api.as(service, Role.VIEWER);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        dropStore(store);
    }

    @Test
    void should_give_the_rule_set_reasons_and_held_back_triggers_when_a_company_is_read() {
        JsonNode acme = ok(viewer.get("/api/v1/companies/acme"));

        assertThat(acme.path("ruleSet").asText()).isEqualTo("enterprise");
        assertThat(acme.path("lowConfidence").asText()).isEqualTo("2 of 4 weeks have data");
        assertThat(acme.path("bandReason").asText()).isEqualTo(ShownVocabularyRules.REASON);
        assertThat(acme.path("suppressed").toString()).isEqualTo("[\"check-in-call\"]");
        JsonNode explanation = acme.path("explanation");
        assertThat(explanation.path("suppressed").get(0).path("trigger").asText()).isEqualTo("check-in-call");
        assertThat(explanation.path("history").get(0).path("month").asText()).isEqualTo("2026-09");
        assertThat(explanation.path("coverage").path("weeks").asInt()).isEqualTo(2);
    }

    @Test
    void should_give_rule_set_and_low_confidence_when_the_history_list_and_report_are_read() {
        JsonNode history = ok(viewer.get("/api/v1/companies/acme/history"));
        JsonNode list = ok(viewer.get("/api/v1/companies?month=2026-10"));
        JsonNode report = ok(viewer.get("/api/v1/report?month=2026-10"));

        assertThat(history.path("assessments").get(0).path("ruleSet").asText()).isEqualTo("enterprise");
        assertThat(history.path("assessments").get(0).path("bandReason").asText()).isEqualTo(ShownVocabularyRules.REASON);
        assertThat(list.path("companies")).extracting(company -> company.path("company").asText() + " "
                + company.path("ruleSet").asText() + " " + company.path("lowConfidence"))
                .containsExactly("acme enterprise \"2 of 4 weeks have data\"", "beta base null");
        assertThat(report.path("lowConfidenceCount").asInt()).isEqualTo(1);
        assertThat(report.path("lowConfidence").get(0).path("company").asText()).isEqualTo("acme");
    }

    private static JsonNode ok(Api.Reply reply) {
        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        return reply.json();
    }
}

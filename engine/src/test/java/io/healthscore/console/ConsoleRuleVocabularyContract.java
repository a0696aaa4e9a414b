package io.healthscore.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.RunningService;
import io.healthscore.testhelper.ShownVocabularyRules;
import io.healthscore.users.Role;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A company's page says what the rule vocabulary decided: the segment whose rules scored it, the forced band's
 * reason, the low-confidence score, the history the rules read and the triggers a cooldown held back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ConsoleRuleVocabularyContract {
    private String store;
    private RunningService service;
    private ConsoleClient viewer;

    abstract String createStore(Path folder);

    abstract void dropStore(String store);

    @BeforeAll
    void start(@TempDir Path folder) {
        store = createStore(folder);
        service = RunningService.on(folder, store, ShownVocabularyRules.copyInto(folder.resolve("rules")).path(),
                ShownVocabularyRules.commands(folder));
        viewer = ConsoleClient.signedIn(service, Role.VIEWER);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        dropStore(store);
    }

    @Test
    void should_show_set_forced_reason_low_confidence_history_and_held_back_trigger_on_the_company_page() {
        Document page = viewer.get("/companies/acme?month=2026-10").document();

        assertThat(page.select("#low-confidence").text()).isEqualTo("Low-confidence score: 2 of 4 weeks have data");
        assertThat(page.select("#band-rule").text()).startsWith("The band was forced by rule "
                + ShownVocabularyRules.EXCEPTION_RULE);
        assertThat(page.select("#band-reason").text()).isEqualTo("The rule's reason: " + ShownVocabularyRules.REASON);
        assertThat(page.select("#rule-set").text()).endsWith(", the rules of segment enterprise.");
        assertThat(page.select("#history-read li").eachText()).containsExactly("2026-09: score 64, shown At Risk");
        assertThat(page.select("#triggers tr[data-held=true]").text())
                .startsWith("check-in-call Held back (not sent): cooldown: rule");
    }

    @Test
    void should_mark_a_low_confidence_score_with_its_reason_in_the_companies_list() {
        Document page = viewer.get("/companies?month=2026-10").document();

        assertThat(page.select("#companies tr[data-company=acme] abbr.low-confidence").attr("title"))
                .isEqualTo("low confidence: 2 of 4 weeks have data");
        assertThat(page.select("#companies abbr.low-confidence")).hasSize(1);
    }

    @Test
    void should_show_none_of_it_when_the_base_set_scored_the_company_with_full_data() {
        Document page = viewer.get("/companies/beta?month=2026-09").document();

        assertThat(page.select("#low-confidence")).isEmpty();
        assertThat(page.select("#band-reason")).isEmpty();
        assertThat(page.select("#band-rule").text()).startsWith("The band was set by rule");
        assertThat(page.select("#rule-set").text()).doesNotContain("segment");
        assertThat(page.select("#triggers tr[data-held]")).isEmpty();
    }
}

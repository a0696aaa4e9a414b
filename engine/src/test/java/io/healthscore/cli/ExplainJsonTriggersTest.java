package io.healthscore.cli;

import io.healthscore.views.ExplainJson;
import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.Explanation;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import io.healthscore.rules.RuleCatalog;
import io.healthscore.scoring.RulesHistory;
import io.healthscore.store.StoredAssessment.StoredTrigger;
import io.healthscore.store.StoredAssessment;
import io.healthscore.trigger.DeliveryStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** explain --json lists each trigger once, with status and channel only for a trigger that is stored. */
class ExplainJsonTriggersTest {
    private static final Instant EMITTED = Instant.parse("2026-11-02T07:00:00Z");

    @Test
    void should_give_status_and_channel_only_when_the_trigger_is_stored_even_without_a_channel() {
        Assessment assessment = new Assessment(CompanyId.of("acme"), YearMonth.of(2026, 10), 20, new BigDecimal("20.50"),
                Band.AT_RISK, Previous.NONE, new Drivers(new BigDecimal("20.50"), new BigDecimal("21"), null, 4, null),
                List.of(), List.of(), "hash",
                new Explanation(List.of(), "band AT_RISK", Map.of("outreach-email", "enter AT_RISK")));
        StoredAssessment stored = new StoredAssessment(assessment, EMITTED, List.of(
                new StoredTrigger("internal-notification", "hash", EMITTED, null, DeliveryStatus.PENDING, null, null)));

        String json = ExplainJson.of(stored, RuleCatalog.of(Map.of()), RulesHistory.NONE);

        assertThat(json).contains("\"mean\":20.5,")
                .contains("\"drivers\":{\"login\":20.5,\"adoption\":21,\"nps\":null,\"weeks\":4,\"change\":null}")
                .contains("\"triggers\":[{\"name\":\"outreach-email\",\"rule\":{\"name\":\"enter AT_RISK\",\"file\":null,"
                        + "\"line\":null,\"when\":null},\"emittedAt\":null,\"deliveredAt\":null},"
                        + "{\"name\":\"internal-notification\",\"rule\":null,\"emittedAt\":\"2026-11-02T07:00:00Z\","
                        + "\"deliveredAt\":null,\"status\":\"pending\",\"channel\":null}]");
    }
}

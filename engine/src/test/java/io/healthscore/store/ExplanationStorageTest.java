package io.healthscore.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.ExplainedWeek;
import io.healthscore.assessment.Explanation;
import io.healthscore.assessment.WeightedPart;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An explanation and the fired rules read back exactly as written, in their compact stored forms. */
class ExplanationStorageTest {

    @Test
    void should_read_back_every_week_part_weight_and_rule_when_an_explanation_is_stored() {
        BigDecimal login = new BigDecimal("82.5");
        BigDecimal adoption = new BigDecimal("61");
        Map<String, String> triggers = new LinkedHashMap<>();
        triggers.put("upsell-opportunity", "entering HEALTHY");
        triggers.put("internal-notification", "internal notification");
        triggers.put("loyalty-offer", "entering HEALTHY");
        Explanation explanation = new Explanation(List.of(
                new ExplainedWeek(LocalDate.parse("2026-10-05"), login, adoption, new BigDecimal("40"), new BigDecimal("71.4"),
                        List.of(new WeightedPart("login", login, new BigDecimal("0.4")),
                                new WeightedPart("adoption", adoption, new BigDecimal("0.4")),
                                new WeightedPart("feedback", new BigDecimal("70"), new BigDecimal("0.2")))),
                // a rule that weighs a transformed login: the part's value differs from the week's and is kept
                new ExplainedWeek(LocalDate.parse("2026-10-12"), new BigDecimal("50"), new BigDecimal("0.333333"), null,
                        null, List.of(new WeightedPart("login", new BigDecimal("25"), new BigDecimal("0.333333333333"))))),
                "band HEALTHY: 51 to 75", triggers);

        String stored = ExplanationJson.write(explanation);
        Explanation read = ExplanationJson.read(stored);

        assertThat(read.weeks()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(explanation.weeks());
        assertThat(read.bandRule()).isEqualTo("band HEALTHY: 51 to 75");
        assertThat(read.triggerRules()).isEqualTo(triggers);
        assertThat(stored).contains("[\"login\",0.4]").contains("[\"feedback\",70,0.2]").contains("[\"login\",25,0.333333333333]")
                .containsOnlyOnce("entering HEALTHY");
    }

    @Test
    void should_read_back_the_rules_in_firing_order_when_a_rule_fired_several_times_in_a_row() {
        List<String> fired = List.of("weekly with NPS", "weekly with NPS", "weekly without NPS", "weekly with NPS",
                "monthly", "band", "band");

        String stored = FiredRules.encode(fired);

        assertThat(stored).isEqualTo("weekly with NPS\t2\nweekly without NPS\nweekly with NPS\nmonthly\nband\t2");
        assertThat(FiredRules.decode(stored)).isEqualTo(fired);
        assertThat(FiredRules.decode("")).isEmpty();
    }
}

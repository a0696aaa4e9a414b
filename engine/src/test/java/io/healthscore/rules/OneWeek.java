package io.healthscore.rules;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Previous;
import io.healthscore.rules.facts.Customer;
import io.healthscore.rules.facts.MonthBand;
import io.healthscore.rules.facts.Week;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The band a rule set gives a month of one week scoring {@code percent}: how a test tells rule sets apart. */
final class OneWeek {
    private OneWeek() {
    }

    static Band band(RuleSet rules, String percent) {
        // without NPS the weekly score is (login + adoption) / 2, so login = adoption = percent scores percent
        BigDecimal value = new BigDecimal(percent);
        List<MonthBand> bands = rules.evaluate(List.of(new Customer("acme", null), Previous.NONE,
                new Week(LocalDate.parse("2026-10-05"), value, value, null))).bands();
        return bands.get(0).band();
    }
}

package io.healthscore.scoring;

import static io.healthscore.testhelper.DefaultRules.score;
import static io.healthscore.testhelper.DefaultRules.week;
import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Previous;
import io.healthscore.rules.RuleOutcome;
import io.healthscore.rules.facts.Week;
import io.healthscore.rules.facts.WeeklyScore;
import io.healthscore.testhelper.DefaultRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contract 2.1: a week without NPS re-normalises the weights of the present parts, i.e. {@code (login + adoption) / 2};
 * in a month where only some weeks have NPS, each week is scored on its own parts.
 */
class NpsRenormalisationTest {

    @ParameterizedTest(name = "login {0}, adoption {1} -> {2}")
    @CsvSource({"80, 60, 70", "100, 0, 50", "0, 100, 50", "82.5, 61, 71.75", "0, 0, 0", "100, 100, 100"})
    void should_average_login_and_adoption_when_the_week_has_no_nps(String login, String adoption, String expected) {
        Assessment assessment = score("2026-10", Previous.NONE, week("acme", "2026-10-05", login, adoption, null));

        assertThat(assessment.mean()).isEqualByComparingTo(expected);
    }

    @Test
    void should_score_each_week_on_its_own_parts_when_only_some_weeks_have_nps() {
        // with NPS -100: 32 + 24 + 0 = 56; without NPS: (80 + 60) / 2 = 70. Treating the missing NPS as 0
        // (feedback 50) would give 66, and averaging NPS over the month would score both weeks 56.
        RuleOutcome outcome = DefaultRules.ruleSet().evaluate(List.of(Previous.NONE,
                new Week(LocalDate.parse("2026-10-05"), dec("80"), dec("60"), dec("-100")),
                new Week(LocalDate.parse("2026-10-12"), dec("80"), dec("60"), null)));

        Map<LocalDate, BigDecimal> weekly = outcome.weeklyScores().stream()
                .collect(Collectors.toMap(WeeklyScore::week, WeeklyScore::score));
        assertThat(weekly).hasSize(2);
        assertThat(weekly.get(LocalDate.parse("2026-10-05"))).isEqualByComparingTo("56");
        assertThat(weekly.get(LocalDate.parse("2026-10-12"))).isEqualByComparingTo("70");
    }

    @Test
    void should_average_weeks_with_and_without_nps_when_the_month_is_mixed() {
        Assessment assessment = score("2026-10", Previous.NONE,
                week("acme", "2026-09-28", "80", "60", "-100"), // 56
                week("acme", "2026-10-05", "80", "60", null),   // 70
                week("acme", "2026-10-12", "50", "50", "100"),  // 60
                week("acme", "2026-10-19", "40", "30", null));  // 35

        assertThat(assessment.mean()).isEqualByComparingTo("55.25");
        assertThat(assessment.score()).isEqualTo(55);
    }

    @Test
    void should_not_treat_a_missing_nps_as_zero_when_the_week_has_no_feedback() {
        Assessment withoutNps = score("2026-10", Previous.NONE, week("acme", "2026-10-05", "80", "80", null));
        Assessment withNpsZero = score("2026-10", Previous.NONE, week("acme", "2026-10-05", "80", "80", "0"));

        assertThat(withoutNps.score()).isEqualTo(80);
        assertThat(withNpsZero.score()).isEqualTo(74);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}

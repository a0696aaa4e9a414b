package io.healthscore.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Band;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Only the fields a scenario gives are checked: decimals by exact value, triggers as a set. */
class ScenarioComparisonTest {
    private static final Outcome ACTUAL = new Outcome(List.of(dec("75.50"), dec("83")), dec("79.250000000000"), 79,
            Band.THRIVING, List.of("referral-request", "case-study-request", "internal-notification"));

    @Test
    void should_match_when_decimals_differ_only_in_trailing_zeros() {
        Expectation expectation = new Expectation(new Outcome(List.of(dec("75.5"), dec("83.0")), dec("79.25"), 79,
                Band.THRIVING, List.of()), Set.of("weekly", "mean", "score", "band"));

        assertThat(expectation.compare(ACTUAL)).isEmpty();
    }

    @Test
    void should_show_expected_and_actual_when_a_decimal_differs_in_its_last_digit() {
        Expectation expectation = new Expectation(new Outcome(List.of(), dec("79.2500001"), null, Band.NONE, List.of()),
                Set.of("mean"));

        assertThat(expectation.compare(ACTUAL)).containsExactly(new Mismatch("mean", "79.2500001", "79.25"));
    }

    @Test
    void should_ignore_trigger_order_and_show_both_sorted_when_triggers_are_compared() {
        Expectation same = expect(Set.of("triggers"),
                List.of("internal-notification", "case-study-request", "referral-request"));
        Expectation fewer = expect(Set.of("triggers"), List.of("referral-request", "case-study-request"));

        assertThat(same.compare(ACTUAL)).isEmpty();
        assertThat(fewer.compare(ACTUAL)).containsExactly(new Mismatch("triggers", "[case-study-request, referral-request]",
                "[case-study-request, internal-notification, referral-request]"));
    }

    @Test
    void should_check_nothing_else_when_only_the_band_is_given() {
        Expectation expectation = new Expectation(new Outcome(List.of(dec("1")), dec("1"), 1, Band.THRIVING,
                List.of("nothing")), Set.of("band"));

        assertThat(expectation.compare(ACTUAL)).isEmpty();
    }

    @Test
    void should_report_every_differing_field_when_several_differ() {
        Expectation expectation = new Expectation(new Outcome(List.of(dec("75.5")), null, null, Band.NONE, List.of()),
                Set.of("weekly", "mean", "score", "band", "triggers"));

        assertThat(expectation.compare(ACTUAL)).extracting(Mismatch::toString).containsExactly(
                "weekly: expected [75.5], actual [75.5, 83]",
                "mean: expected null, actual 79.25",
                "score: expected null, actual 79",
                "band: expected NONE, actual THRIVING",
                "triggers: expected [], actual [case-study-request, internal-notification, referral-request]");
    }

    private static Expectation expect(Set<String> checked, List<String> triggers) {
        return new Expectation(new Outcome(List.of(), null, null, Band.NONE, triggers), checked);
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}

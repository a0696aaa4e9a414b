package io.healthscore.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.Explanation;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import io.healthscore.rules.facts.History;
import io.healthscore.rules.facts.PastMonth;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What one side of a what-if carries from a simulated month to the next: previous, history months, sent triggers. */
class SimulatedSideTest {
    private static final CompanyId GLOBEX = CompanyId.of("globex");

    @Test
    void should_read_the_side_s_own_months_in_place_of_the_stored_ones_of_the_same_months() {
        SimulatedMonth.Side august = SimulatedMonth.Side.after(null, assessment(8, 30, Band.AT_RISK, List.of()), 2, false);
        SimulatedMonth.Side september = SimulatedMonth.Side.after(august, assessment(9, 31, Band.AT_RISK, List.of()), 2, false);
        History stored = new History(YearMonth.of(2026, 10), List.of(past(9, 30, Band.STEADY), past(8, 30, Band.STEADY),
                past(7, 50, Band.STEADY)), List.of(), 3, 0);

        History seen = september.history(stored);

        assertThat(seen.months()).extracting(PastMonth::month, PastMonth::effectiveBand).containsExactly(
                org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 9), Band.AT_RISK),
                org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 8), Band.AT_RISK),
                org.assertj.core.groups.Tuple.tuple(YearMonth.of(2026, 7), Band.STEADY));
        assertThat(seen.streak(Band.AT_RISK)).isEqualTo(3);
        assertThat(september.previous()).isEqualTo(new Previous(Band.AT_RISK, 31));
    }

    @Test
    void should_count_the_side_s_own_emissions_for_its_cooldowns() {
        SimulatedMonth.Side august = SimulatedMonth.Side.after(null,
                assessment(8, 30, Band.AT_RISK, List.of("escalation-call")), 0, true);
        SimulatedMonth.Side september = SimulatedMonth.Side.after(august, assessment(9, 30, Band.AT_RISK, List.of()), 0, true);

        Map<String, YearMonth> sent = september.lastSent(Map.of("escalation-call", YearMonth.of(2026, 6),
                "outreach-email", YearMonth.of(2026, 7)));

        assertThat(sent).containsExactlyInAnyOrderEntriesOf(Map.of("escalation-call", YearMonth.of(2026, 8),
                "outreach-email", YearMonth.of(2026, 7)));
    }

    @Test
    void should_give_a_company_new_since_the_month_before_its_stored_past() {
        CompanyMonth input = new CompanyMonth(GLOBEX, null, YearMonth.of(2026, 10), List.of(), new Previous(Band.STEADY, 40));
        SimulatedMonth before = new SimulatedMonth(Map.of(), Map.of());

        assertThat(before.forCandidate(input).previous()).isEqualTo(new Previous(Band.STEADY, 40));
    }

    private static PastMonth past(int month, Integer score, Band band) {
        return new PastMonth(YearMonth.of(2026, month), score, band, band, false);
    }

    private static Assessment assessment(int month, int score, Band band, List<String> triggers) {
        return new Assessment(GLOBEX, YearMonth.of(2026, month), score, BigDecimal.valueOf(score), band, Previous.NONE,
                new Drivers(null, null, null, 4, null), triggers, List.of(), "hash", Explanation.NONE);
    }
}

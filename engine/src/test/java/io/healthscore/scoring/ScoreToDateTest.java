package io.healthscore.scoring;

import static io.healthscore.testhelper.DefaultRules.week;
import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.Pin;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import io.healthscore.rules.RuleCompiler;
import io.healthscore.rules.facts.Provisional;
import io.healthscore.testhelper.RulesFolder;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A month-to-date score: the rules see the {@code Provisional} fact in every evaluation, the one with the band an
 * override pins included, and only {@code @early} rules' triggers are emitted or listed as held back by a cooldown.
 */
class ScoreToDateTest {
    private static final String EXTRA = """
            package healthscore.rules;
            dialect "mvel"

            import io.healthscore.assessment.Band;
            import io.healthscore.assessment.Previous;
            import io.healthscore.rules.facts.MonthBand;
            import io.healthscore.rules.facts.Provisional;
            import io.healthscore.rules.facts.Trigger;

            rule "trending at risk"
                @early
                salience 50
            when
                Provisional( weeks >= 1 )
                MonthBand( band == Band.AT_RISK )
                Previous( band != Band.AT_RISK )
            then
                insert(new Trigger("trending-at-risk"));
            end

            rule "at risk check-in, once a quarter"
                @cooldown(months = 3)
                salience 50
            when
                MonthBand( band == Band.AT_RISK )
            then
                insert(new Trigger("check-in"));
            end

            rule "early at risk nudge, once a quarter"
                @early
                @cooldown(months = 3)
                salience 50
            when
                MonthBand( band == Band.AT_RISK )
            then
                insert(new Trigger("nudge"));
            end
            """;
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final Provisional TWO_OF_FIVE = new Provisional(2, 5);

    @TempDir
    Path folder;

    private Scorer scorer;

    @BeforeEach
    void compile() {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
        rules.write("50-early.drl", EXTRA);
        scorer = new Scorer(new RuleCompiler(2).compile(rules.path()));
    }

    @Test
    void should_give_the_pinned_evaluation_the_provisional_fact_when_an_override_pins_the_band() {
        // the rules say HEALTHY (70); an override pins AT_RISK, so only the pinned evaluation can fire the early rule
        CompanyMonth input = new CompanyMonth(CompanyId.of("acme"), null, NOVEMBER,
                List.of(week("acme", "2026-10-26", "70", "70", null), week("acme", "2026-11-02", "70", "70", null)),
                new Previous(Band.HEALTHY, 70), new Pin(7, Band.AT_RISK), null);

        Assessment toDate = scorer.scoreToDate(input, TWO_OF_FIVE);
        Assessment monthly = scorer.score(input);

        assertThat(toDate.band()).isEqualTo(Band.HEALTHY);
        assertThat(toDate.triggers()).contains("trending-at-risk").doesNotContain("outreach-email", "check-in");
        assertThat(monthly.triggers()).contains("outreach-email", "check-in").doesNotContain("trending-at-risk");
    }

    @Test
    void should_list_only_early_triggers_as_held_back_when_a_cooldown_holds_them_on_a_score_to_date() {
        CompanyMonth input = new CompanyMonth(CompanyId.of("acme"), null, NOVEMBER,
                List.of(week("acme", "2026-10-26", "20", "20", null), week("acme", "2026-11-02", "20", "20", null)),
                new Previous(Band.AT_RISK, 20), null, null, null, Map.of("check-in", YearMonth.of(2026, 10),
                        "nudge", YearMonth.of(2026, 10)));

        Assessment toDate = scorer.scoreToDate(input, TWO_OF_FIVE);
        Assessment monthly = scorer.score(input);

        assertThat(toDate.triggers()).isEmpty();
        assertThat(toDate.explanation().suppressed()).containsOnlyKeys("nudge");
        assertThat(toDate.explanation().triggerRules()).isEmpty();
        assertThat(monthly.explanation().suppressed()).containsOnlyKeys("check-in", "nudge");
    }
}

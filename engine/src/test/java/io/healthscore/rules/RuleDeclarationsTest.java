package io.healthscore.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.RulesFolder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What rules declare as metadata (history depth, cooldowns, early warnings), and the check errors of declarations that are not accepted. */
class RuleDeclarationsTest {
    private static final String HEADER = """
            package healthscore.rules;
            import io.healthscore.assessment.Band;
            import io.healthscore.rules.facts.History;
            import io.healthscore.rules.facts.MonthBand;
            import io.healthscore.rules.facts.MonthlyScore;
            import io.healthscore.rules.facts.Trigger;
            """;

    @TempDir
    Path folder;

    @Test
    void should_take_the_deepest_declared_history_and_each_rule_s_cooldown() {
        RuleCheck check = check("""
                rule "streak"
                    @lookback(months = 2)
                    @cooldown(months = 3)
                    salience 60
                when
                    MonthBand( band == Band.AT_RISK )
                    History( streak(Band.AT_RISK) >= 2 )
                then
                    insert(new Trigger("escalation-call"));
                end

                rule "slope"
                    @lookback(months = 6, weeks = 12)
                    salience 60
                when
                    History( slope("login", 12) != null )
                then
                end
                """);

        assertThat(check.errors()).isEmpty();
        try (RuleSet set = check.ruleSet()) {
            assertThat(set.historyMonths()).isEqualTo(6);
            assertThat(set.historyWeeks()).isEqualTo(12);
            assertThat(set.base().declarations().cooldown("streak")).isEqualTo(3);
            assertThat(set.base().declarations().cooldown("slope")).isZero();
            assertThat(set.longestCooldown()).isEqualTo(3);
        }
    }

    @Test
    void should_refuse_history_deeper_than_the_cap_at_the_line_of_the_declaration() {
        RuleCheck check = check("""
                rule "too deep"
                    @lookback(months = 36)
                    salience 60
                when
                    History( )
                then
                end
                """);

        assertThat(check.errors()).singleElement().asString()
                .endsWith("50-declared.drl:9: @lookback months is 36; accepted: a whole number from 1 to 24 (the history cap)");
    }

    @Test
    void should_refuse_a_helper_that_reads_deeper_than_declared_at_its_line_and_column() {
        RuleCheck check = check("""
                rule "baseline over a year"
                    @lookback(months = 6)
                    salience 60
                when
                    MonthlyScore( $score : score )
                    History( changeFromBaseline($score, 12) != null )
                then
                end
                """);

        assertThat(check.errors()).singleElement().asString()
                .endsWith("50-declared.drl:13:14: changeFromBaseline(... 12) reads 12 months of history; the rules declare 6"
                        + " (add @lookback(months = 12) to the rule; at most 24)");
    }

    @Test
    void should_refuse_an_unknown_key_and_a_cooldown_that_is_not_a_number_of_months() {
        RuleCheck check = check("""
                rule "odd"
                    @lookback(years = 1)
                    @cooldown(months = soon)
                    salience 60
                when
                    History( )
                then
                end
                """);

        assertThat(check.errors()).extracting(Object::toString).satisfiesExactly(
                first -> assertThat(first).endsWith(":9: @lookback(years = ...) is not known;"
                        + " accepted: @lookback(months = M, weeks = W), either or both"),
                second -> assertThat(second).endsWith(":10: @cooldown months is soon; accepted: a whole number from 1 to 24"));
    }

    @Test
    void should_mark_only_the_rules_that_declare_early_when_a_set_has_an_early_warning() {
        RuleCheck check = check("""
                import io.healthscore.rules.facts.Provisional;
                rule "trending at risk"
                    @early
                    salience 50
                when
                    Provisional( weeks >= 2 )
                    MonthBand( band == Band.AT_RISK )
                then
                    insert(new Trigger("trending-at-risk"));
                end
                """);

        assertThat(check.errors()).isEmpty();
        try (RuleSet set = check.ruleSet()) {
            assertThat(set.base().declarations().early("trending at risk")).isTrue();
            assertThat(set.base().declarations().early("entering AT_RISK: outreach email and follow-up task")).isFalse();
        }
    }

    @Test
    void should_refuse_values_when_early_is_given_some() {
        RuleCheck check = check("""
                import io.healthscore.rules.facts.Provisional;
                rule "early with a value"
                    @early(weeks = 2)
                    salience 50
                when
                    Provisional( )
                then
                end
                """);

        assertThat(check.errors()).singleElement().asString()
                .endsWith("50-declared.drl:10: @early takes no values; accepted: @early");
    }

    private RuleCheck check(String rules) {
        RulesFolder folder = RulesFolder.copyOfRepoRules(this.folder.resolve("rules"));
        folder.write("50-declared.drl", HEADER + "\n" + rules);
        return new RuleCompiler(1).check(folder.path());
    }
}

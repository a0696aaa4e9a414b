package io.healthscore.testhelper;

import java.nio.file.Path;

/**
 * A copy of the repository's rules/ with rules that read the company's past, as a rule author would write them:
 * a streak escalation ({@code @lookback(months = 2)}, at most once a quarter), a trigger with a quarterly cooldown, a low-confidence mark, a
 * login-decline trigger over the weekly series ({@code @lookback(weeks = 6)}), and a segment, enterprise, whose
 * bands file replaces the base one and holds a low score at STEADY with a stated reason.
 */
public final class VocabularyRules {
    public static final String HOLD_REASON = "an enterprise account is not AT_RISK on its score alone";

    private static final String PAST = """
            // Rules that read the company's past.
            package healthscore.rules;
            dialect "mvel"

            import io.healthscore.assessment.Band;
            import io.healthscore.rules.facts.Coverage;
            import io.healthscore.rules.facts.History;
            import io.healthscore.rules.facts.LowConfidence;
            import io.healthscore.rules.facts.MonthBand;
            import io.healthscore.rules.facts.Trigger;

            rule "AT_RISK a second month running: escalation"
                @lookback(months = 2) @cooldown(months = 3)
                salience 75
            when
                MonthBand( band == Band.AT_RISK )
                History( streak(Band.AT_RISK) >= 2 )
            then
                insert(new Trigger("escalation"));
            end

            rule "HEALTHY: renewal call, at most once a quarter"
                @cooldown(months = 3)
                salience 70
            when
                MonthBand( band == Band.HEALTHY )
            then
                insert(new Trigger("renewal-call"));
            end

            rule "fewer than 3 weeks with data: low confidence"
                salience 75
            when
                Coverage( weeks > 0, weeks < 3, $weeks : weeks, $of : weeksInMonth )
            then
                insert(new LowConfidence($weeks + " of " + $of + " weeks have data"));
            end

            rule "login falling 5 points a week or more over 6 weeks: login decline"
                @lookback(weeks = 6)
                salience 75
            when
                $history : History()
                eval( $history.slope("login", 6) != null && $history.slope("login", 6).intValue() <= -5 )
            then
                insert(new Trigger("login-decline"));
            end
            """;

    private VocabularyRules() {
    }

    /** The copy, in {@code folder}, without scenarios. */
    public static RulesFolder copy(Path folder) {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder);
        rules.write("50-past.drl", PAST);
        String bands = rules.read("30-bands.drl").replace("insert(new MonthBand(Band.AT_RISK));",
                "insert(new MonthBand(Band.STEADY, \"" + HOLD_REASON + "\"));");
        InputFile.raw(folder, "segments/enterprise/30-bands.drl", bands);
        return rules;
    }
}

package io.healthscore.testhelper;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.RuleCompiler;
import io.healthscore.rules.RuleSet;
import io.healthscore.scoring.Scorer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The repository's real rules/ folder, compiled once per test JVM, and shorthands to score with it. */
public final class DefaultRules {
    private static RuleSet rules;

    private DefaultRules() {
    }

    public static synchronized RuleSet ruleSet() {
        if (rules == null) {
            rules = new RuleCompiler(3).compile(Repo.rules());
        }
        return rules;
    }

    public static Scorer scorer() {
        return new Scorer(ruleSet());
    }

    /** A week of metrics; {@code nps} may be null. */
    public static WeeklyMetrics week(String company, String monday, String login, String adoption, String nps) {
        return new WeeklyMetrics(CompanyId.of(company), LocalDate.parse(monday), new BigDecimal(login),
                new BigDecimal(adoption), nps == null ? null : new BigDecimal(nps));
    }

    public static Assessment score(String month, Previous previous, WeeklyMetrics... weeks) {
        CompanyId company = weeks.length == 0 ? CompanyId.of("acme") : weeks[0].company();
        return scorer().score(new CompanyMonth(company, null, YearMonth.parse(month), List.of(weeks), previous));
    }
}

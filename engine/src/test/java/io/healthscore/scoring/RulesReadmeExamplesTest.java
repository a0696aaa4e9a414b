package io.healthscore.scoring;

import static io.healthscore.testhelper.DefaultRules.week;
import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.rules.RuleCheck;
import io.healthscore.rules.RuleCompiler;
import io.healthscore.rules.RuleSet;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.RulesFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked examples of rules/README.md do what the text says: each rule block, added to a copy of the default
 * rules, passes the check without warnings and changes the outcome it describes.
 */
class RulesReadmeExamplesTest {
    private static final Pattern BLOCK = Pattern.compile("```drl\\n// file: (\\S+)\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path folder;

    @Test
    void should_cap_the_band_at_steady_with_steady_triggers_when_a_week_has_zero_logins() throws IOException {
        try (RuleSet rules = withExample("50-zero-login-guard.drl")) {
            // 0.4 x 0 + 0.4 x 100 + 0.2 x 100 = 60 and 100: a mean of 80 would be THRIVING
            Assessment capped = score(rules, null, Previous.NONE,
                    week("acme", "2026-10-05", "0", "100", "100"), week("acme", "2026-10-12", "100", "100", null));
            Assessment untouched = score(rules, null, Previous.NONE,
                    week("acme", "2026-10-05", "1", "100", "100"), week("acme", "2026-10-12", "100", "100", null));

            assertThat(capped.score()).isEqualTo(80);
            assertThat(capped.band()).isEqualTo(Band.STEADY);
            assertThat(capped.triggers()).containsExactlyInAnyOrder("support-resources-email", "engagement-email",
                    "internal-notification");
            assertThat(capped.explanation().bandRule()).isEqualTo("a week with zero logins caps the band at STEADY");
            assertThat(untouched.band()).isEqualTo(Band.THRIVING);
        }
    }

    @Test
    void should_ask_for_a_renewal_risk_call_when_a_healthy_company_falls_to_at_risk() throws IOException {
        try (RuleSet rules = withExample("50-renewal-risk.drl")) {
            Assessment fall = score(rules, null, new Previous(Band.HEALTHY, 60), week("acme", "2026-10-05", "10", "10", null));
            Assessment slide = score(rules, null, new Previous(Band.STEADY, 30), week("acme", "2026-10-05", "10", "10", null));

            assertThat(fall.triggers()).contains("renewal-risk-call", "outreach-email", "follow-up-task");
            assertThat(slide.band()).isEqualTo(Band.AT_RISK);
            assertThat(slide.triggers()).doesNotContain("renewal-risk-call");
        }
    }

    @Test
    void should_put_enterprise_customers_below_35_at_risk_and_leave_other_segments_steady() throws IOException {
        try (RuleSet rules = withExample("50-enterprise-at-risk.drl")) {
            Assessment enterprise = score(rules, "enterprise", Previous.NONE, week("acme", "2026-10-05", "30", "30", null));
            Assessment smb = score(rules, "smb", Previous.NONE, week("acme", "2026-10-05", "30", "30", null));
            Assessment higher = score(rules, "enterprise", Previous.NONE, week("acme", "2026-10-05", "40", "40", null));

            assertThat(enterprise.band()).isEqualTo(Band.AT_RISK);
            assertThat(enterprise.triggers()).containsExactlyInAnyOrder("outreach-email", "follow-up-task",
                    "internal-notification");
            assertThat(smb.band()).isEqualTo(Band.STEADY);
            assertThat(higher.band()).isEqualTo(Band.STEADY);
        }
    }

    @Test
    void should_hold_only_examples_that_this_test_runs() throws IOException {
        assertThat(examples().keySet()).containsExactlyInAnyOrder(
                "50-zero-login-guard.drl", "50-renewal-risk.drl", "50-enterprise-at-risk.drl");
    }

    private RuleSet withExample(String file) throws IOException {
        RulesFolder rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
        rules.write(file, examples().get(file));
        RuleCheck check = new RuleCompiler(1).check(rules.path());
        assertThat(check.errors()).as("errors of %s", file).isEmpty();
        assertThat(check.warnings()).as("warnings of %s", file).isEmpty();
        assertThat(BandProbe.problems(check.ruleSet())).as("band probe with %s", file).isEmpty();
        return check.ruleSet();
    }

    private static Assessment score(RuleSet rules, String segment, Previous previous, WeeklyMetrics... weeks) {
        return new Scorer(rules).score(new CompanyMonth(CompanyId.of("acme"), segment, YearMonth.of(2026, 10),
                List.of(weeks), previous));
    }

    private static Map<String, String> examples() throws IOException {
        String readme = Files.readString(Repo.rules().resolve("README.md"));
        Map<String, String> examples = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(readme);
        while (block.find()) {
            examples.put(block.group(1), block.group(2));
        }
        return examples;
    }
}

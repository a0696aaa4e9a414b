package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.RulesFolder;
import io.healthscore.testhelper.SettableClock;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that compile can still leave a score without a band or give it two, which would stop a month run at the
 * first such company; {@code rules check} scores made-up months 0-100 first and reports the scores affected.
 */
class BandProbeTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-11-02T07:00:00Z");

    @TempDir
    Path folder;

    private RulesFolder rules;

    @BeforeEach
    void copyRules() {
        rules = RulesFolder.copyOfRepoRules(folder.resolve("rules"));
    }

    @Test
    void should_exit_4_naming_the_scores_without_a_band_when_thresholds_leave_a_gap() {
        rules.edit("30-bands.drl", text -> text.replace("score >= 51, score <= 75", "score >= 53, score <= 75"));

        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.errLines()).containsExactly(rules.path() + ": probe: a month whose weeks score 51-52 (with or"
                + " without NPS, first assessment or not): no rule sets a band; every month needs exactly one MonthBand");
        assertThat(run.out()).contains("1 error").contains("the probe found months the rules cannot score");
    }

    @Test
    void should_name_both_bands_and_their_rules_when_thresholds_overlap() {
        rules.edit("30-bands.drl", text -> text.replace("score >= 26, score <= 50", "score >= 26, score <= 51"));

        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.errLines()).singleElement().asString().contains("weeks score 51 ")
                .contains("2 bands, HEALTHY (rule \"band HEALTHY: 51 to 75\") and STEADY (rule \"band STEADY: 26 to 50\")");
    }

    @Test
    void should_report_a_month_without_data_when_no_rule_gives_it_band_none() {
        rules.edit("30-bands.drl", text -> text.replace("not Week()", "not Week() and eval(false)"));

        CliRun run = check();

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.errLines()).containsExactly(rules.path() + ": probe: a month without data: no rule sets a band;"
                + " every month needs exactly one MonthBand");
    }

    private CliRun check() {
        return CliRun.run(CLOCK, "rules", "check", "--rules", rules.path().toString());
    }
}

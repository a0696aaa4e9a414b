package io.healthscore.cli;

import io.healthscore.views.ExplainJson;
import io.healthscore.company.CompanyId;
import io.healthscore.rules.RuleCatalog;
import io.healthscore.scoring.AssessmentLog;
import io.healthscore.scoring.RulesHistory;
import io.healthscore.store.ProvisionalRepository;
import io.healthscore.store.StoredAssessment;
import io.healthscore.store.StoredProvisional;
import io.healthscore.views.ProvisionalJson;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "explain", mixinStandardHelpOptions = true, description = {
        "Show how a stored assessment came about.",
        "As recorded when it was scored: the weekly values used, the weights as applied, the monthly mean before"
                + " rounding, the rule that set the band and its conditions, the rules that fired, the previous"
                + " assessment, the triggers (and those a cooldown held back), the rule set and its hash, a forced band's"
                + " reason, a low-confidence score's reason, and the history the rules declare they read."
                + " Nothing is recomputed."})
final class ExplainCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ExplainCommand.class);

    @Mixin
    StoreOptions options;

    @Mixin
    CompanyParameter company;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The month of the assessment.")
    YearMonth month;

    @Mixin
    JsonOption output;

    private final Cli cli;

    ExplainCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CompanyId id = company.id();
        try (Workspace workspace = cli.workspace(options)) {
            AssessmentLog assessments = new AssessmentLog(workspace.store());
            StoredAssessment stored = assessments.find(id, month).orElse(null);
            // the month's assessment supersedes its provisional scores; before it, the latest of those is explained
            StoredProvisional toDate = stored != null ? null
                    : new ProvisionalRepository(workspace.store()).latest(id, month).orElse(null);
            if (toDate != null) {
                stored = toDate.asStored();
            }
            if (stored == null) {
                cli.err().println("healthscore: no assessment of " + id + " for " + month + " is stored; run 'healthscore"
                        + " score " + id + " --month " + month + "' (or 'run --month " + month + "') first");
                return ExitCode.FAILURE;
            }
            Map<String, String> files = assessments.ruleFiles(stored.assessment().rulesHash());
            RuleCatalog catalog = RuleCatalog.of(files);
            RulesHistory read = assessments.rulesHistory(stored, files);
            LOG.info("explain {} {}: {} {}, rules {} ({} rule files recorded), {} triggers stored", id, month,
                    stored.assessment().band(), stored.assessment().score(), stored.assessment().rulesHash().substring(0, 12),
                    files.size(), stored.triggers().size());
            if (output.json) {
                cli.out().println(ExplainJson.of(stored, catalog, read,
                        toDate == null ? null : ProvisionalJson.of(toDate.weeks())));
            } else {
                if (toDate != null) {
                    cli.out().println(id + " " + month + ": " + toDate.weeks().describe()
                            + " (the month is not assessed yet; its assessment will supersede this score)");
                }
                new ExplainText(cli.out(), catalog, !files.isEmpty()).print(stored, read);
            }
            return ExitCode.OK;
        }
    }
}

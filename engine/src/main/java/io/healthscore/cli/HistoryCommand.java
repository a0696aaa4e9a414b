package io.healthscore.cli;

import io.healthscore.views.HistoryJson;
import io.healthscore.views.CompanyHistory;
import io.healthscore.store.ProvisionalRepository;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.manual.CompanyReadModel;
import io.healthscore.scoring.AssessmentLog;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "history", mixinStandardHelpOptions = true, description = {
        "Show a company's health over time, newest first.",
        "Every assessment (score, the rules' band, the band shown, change, drivers, rule-set hash, triggers) and every"
                + " activity (band changes by the rules, overrides, expiries, churn)."})
final class HistoryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Mixin
    CompanyParameter company;

    @Mixin
    JsonOption output;

    private final Cli cli;

    HistoryCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CompanyId id = company.id();
        try (Workspace workspace = cli.workspace(options)) {
            CompanyReadModel companies = new CompanyReadModel(workspace.readOnlyStore());
            Company details = companies.company(id);
            CompanyHistory history = new CompanyHistory(details, companies.churn(id).orElse(null),
                    companies.override(id).orElse(null), new AssessmentLog(workspace.store()).history(id),
                    companies.activities(id), new ProvisionalRepository(workspace.readOnlyStore()).history(id));
            if (output.json) {
                cli.out().println(HistoryJson.of(history));
            } else {
                new HistoryText(cli.out()).print(history);
            }
            return ExitCode.OK;
        }
    }
}

package io.healthscore.cli;

import io.healthscore.company.CompanyId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "churn", mixinStandardHelpOptions = true, description = {
        "Mark a company churned, with the reason.",
        "It is shown as CHURNED from its latest assessed month on, is left out of scoring, and its pending triggers"
                + " are switched off. --undo reinstates it."})
final class ChurnCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Mixin
    CompanyParameter company;

    @Mixin
    ManualOptions manual;

    @Option(names = "--undo", description = "Reinstate a churned company: scored and sent automations again.")
    boolean undo;

    private final Cli cli;

    ChurnCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CompanyId id = company.id();
        String author = manual.author(spec);
        String reason = manual.note(spec, undo ? "churn undone" : null);
        return ManualOutput.apply(cli, options,
                status -> undo ? status.reinstate(id, reason, author) : status.churn(id, reason, author));
    }
}

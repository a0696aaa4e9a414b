package io.healthscore.cli;

import io.healthscore.views.TriggerJson;
import io.healthscore.automation.Outbox;
import io.healthscore.company.CompanyId;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.OutboxEntry;
import io.healthscore.trigger.OutboxFilter;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "triggers", mixinStandardHelpOptions = true, description = {
        "List the trigger events in the outbox, newest month first.",
        "What was sent, what is pending (new or waiting for a retry) and what was dead-lettered, with channel,"
                + " attempts and the last error."},
        subcommands = {TriggersRetryCommand.class, TriggersReplayCommand.class, TriggersDeliverCommand.class})
final class TriggersCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only this status: pending, sent, dead or off.")
    String status;

    @Option(names = "--company", paramLabel = "COMPANY", description = "Only this company.")
    String company;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class, description = "Only this month.")
    YearMonth month;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most this many (default ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    JsonOption output;

    @Spec
    CommandSpec spec;

    private final Cli cli;

    TriggersCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        OutboxFilter filter = filter(spec, status, company, month, limit);
        try (Workspace workspace = cli.workspace(options)) {
            Outbox outbox = new Outbox(workspace.store());
            List<OutboxEntry> entries = outbox.list(filter);
            if (output.json) {
                entries.forEach(entry -> cli.out().println(TriggerJson.line(entry)));
                return ExitCode.OK;
            }
            new TriggerTable(cli.out()).print(entries);
            cli.err().println(TriggerTable.summary(entries.size(), outbox.counts()));
            return ExitCode.OK;
        }
    }

    static OutboxFilter filter(CommandSpec spec, String status, String company, YearMonth month, int limit) {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        DeliveryStatus parsed = null;
        if (status != null) {
            try {
                parsed = DeliveryStatus.parse(status);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--status: " + e.getMessage());
            }
        }
        CompanyId id = company == null ? null : CompanyArgument.parse(spec, company);
        return new OutboxFilter(parsed, id, month, limit);
    }
}

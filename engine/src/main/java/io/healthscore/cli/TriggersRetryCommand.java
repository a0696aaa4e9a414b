package io.healthscore.cli;

import io.healthscore.automation.DeliveryCounts;
import io.healthscore.automation.Outbox;
import io.healthscore.trigger.OutboxFilter;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "retry", mixinStandardHelpOptions = true, description = {
        "Re-queue dead-lettered triggers and deliver them now.",
        "After fixing what failed (an address, the receiver, the automations file), each gets a fresh count of"
                + " attempts. Exit 1 when any is dead-lettered again."})
final class TriggersRetryCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(TriggersRetryCommand.class);

    @Mixin
    StoreOptions options;

    @Option(names = "--company", paramLabel = "COMPANY", description = "Only this company's.")
    String company;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class, description = "Only this month's.")
    YearMonth month;

    @Spec
    CommandSpec spec;

    private final Cli cli;

    TriggersRetryCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        OutboxFilter filter = TriggersCommand.filter(spec, null, company, month, 1);
        try (Workspace workspace = cli.workspace(options)) {
            workspace.open();
            workspace.automations();
            int requeued = new Outbox(workspace.store()).requeueDead(filter);
            DeliveryCounts delivery = workspace.dispatcher().settle();
            LOG.info("triggers retry: {} re-queued; delivery: {}", requeued, delivery);
            cli.out().println("re-queued " + requeued + " dead-lettered triggers; " + delivery);
            return delivery.dead() > 0 ? ExitCode.FAILURE : ExitCode.OK;
        }
    }
}

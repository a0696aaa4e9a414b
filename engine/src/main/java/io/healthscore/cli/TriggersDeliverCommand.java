package io.healthscore.cli;

import io.healthscore.automation.DeliveryCounts;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "deliver", mixinStandardHelpOptions = true, description = {
        "Deliver every trigger that is due, as serve does every poll.",
        "Due: new, or whose retry time has come. For a store without serve, e.g. from cron. Waits for retries falling"
                + " due within delivery.wait."})
final class TriggersDeliverCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(TriggersDeliverCommand.class);

    @Mixin
    StoreOptions options;

    private final Cli cli;

    TriggersDeliverCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        try (Workspace workspace = cli.workspace(options)) {
            workspace.open();
            DeliveryCounts delivery = workspace.dispatcher().settle();
            LOG.info("triggers deliver: {}", delivery);
            cli.out().println(delivery.toString());
            return ExitCode.OK;
        }
    }
}

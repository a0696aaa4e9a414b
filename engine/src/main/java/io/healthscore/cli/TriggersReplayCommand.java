package io.healthscore.cli;

import io.healthscore.automation.DeliveryOutcome;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.OutboxEntry;
import io.healthscore.store.OutboxQueries;
import io.healthscore.trigger.TriggerKey;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "replay", mixinStandardHelpOptions = true, description = "Send one trigger again on purpose, marked as a replay (webhook header X-Healthscore-Replay: true and "
        + "\"replay\": true in the body; a new Message-ID for email). One attempt, no retries; exit 1 when it fails.")
final class TriggersReplayCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Parameters(paramLabel = "ID", description = "The event id as `healthscore triggers` lists it: COMPANY/YYYY-MM/TRIGGER.")
    String id;

    @Spec
    CommandSpec spec;

    private final Cli cli;

    TriggersReplayCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        TriggerKey key;
        try {
            key = TriggerKey.parse(id);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Workspace workspace = cli.workspace(options)) {
            workspace.open();
            OutboxEntry entry = new OutboxQueries(workspace.store()).find(key).orElse(null);
            if (entry == null) {
                cli.err().println("healthscore: no trigger " + key + " in the outbox; `healthscore triggers` lists them");
                return ExitCode.FAILURE;
            }
            if (entry.status() == DeliveryStatus.PENDING) {
                cli.err().println("healthscore: " + key + " is still pending; it is delivered by the next run,"
                        + " `healthscore triggers deliver` or serve; replay sends a sent or dead-lettered trigger again");
                return ExitCode.FAILURE;
            }
            DeliveryOutcome outcome = workspace.dispatcher().replay(entry);
            if (outcome instanceof DeliveryOutcome.Sent sent) {
                cli.out().println("replayed " + key + " through " + workspace.automations().route(key.name()).channel()
                        + ": " + sent.detail());
                return ExitCode.OK;
            }
            String error = outcome instanceof DeliveryOutcome.Retry retry ? retry.error()
                    : ((DeliveryOutcome.Failed) outcome).error();
            cli.err().println("healthscore: replay of " + key + " failed: " + error);
            return ExitCode.FAILURE;
        }
    }
}

package io.healthscore.cli;

import io.healthscore.automation.DeliveryOutcome;
import io.healthscore.automation.Outbox;
import io.healthscore.automation.ReplayRefusedException;
import io.healthscore.trigger.OutboxEntry;
import io.healthscore.trigger.TriggerKey;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "replay", mixinStandardHelpOptions = true, description = {
        "Send one sent or dead-lettered trigger again, marked as a replay.",
        "Marked by the webhook header X-Healthscore-Replay: true and \"replay\": true in the body, or a new Message-ID"
                + " for email. One attempt, no retries; exit 1 when it fails."})
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
            OutboxEntry entry;
            try {
                entry = new Outbox(workspace.store()).toReplay(key);
            } catch (ReplayRefusedException refused) {
                cli.err().println("healthscore: " + refused.getMessage());
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

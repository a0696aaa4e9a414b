package io.healthscore.cli;

import io.healthscore.automation.DeliveryCounts;
import io.healthscore.manual.ManualOutcome;
import io.healthscore.manual.ManualStatus;
import io.healthscore.scoring.Scorer;
import io.healthscore.manual.Activity;
import io.healthscore.manual.ActivitySource;
import java.io.PrintStream;
import java.util.function.Function;

/** How the override and churn commands make a change: apply it, print it as logged, deliver its triggers. */
final class ManualOutput {
    private ManualOutput() {
    }

    /**
     * Opens the workspace, makes the change, prints it and delivers the triggers it emitted: what override and churn
     * do once their options are checked.
     */
    static int apply(Cli cli, StoreOptions options, Function<ManualStatus, ManualOutcome> change) {
        try (Workspace workspace = cli.workspace(options)) {
            workspace.open();
            ManualOutcome outcome = change.apply(
                    new ManualStatus(workspace.store(), new Scorer(workspace.rules()), workspace.clock()));
            print(cli.out(), outcome);
            delivery(cli.out(), workspace, outcome);
            return ExitCode.OK;
        }
    }

    private static void print(PrintStream out, ManualOutcome outcome) {
        Activity activity = outcome.activity();
        out.printf("%s %s %s: %s -> %s by %s: %s%n", activity.source().label(), activity.company(), activity.month(),
                activity.from(), activity.to(), activity.author(), activity.note());
        if (activity.automaticBand() != null) {
            out.printf("  the rules say: %s%s%n", activity.automaticBand(),
                    activity.score() == null ? "" : ", score " + activity.score());
        }
        if (activity.source() == ActivitySource.OVERRIDE) {
            out.printf("  override %d holds for %s to %s%n", outcome.override().id(), outcome.override().from(),
                    outcome.override().until());
        }
        if (outcome.silenced() > 0) {
            out.printf("  %d pending triggers switched off%n", outcome.silenced());
        }
        if (activity.source() == ActivitySource.OVERRIDE || activity.source() == ActivitySource.CLEAR) {
            out.println("  triggers emitted (manual): "
                    + (activity.triggers().isEmpty() ? "none" : String.join(", ", activity.triggers())));
        }
    }

    /** Delivers what the change emitted, with the same delivery line as run and score. */
    private static void delivery(PrintStream out, Workspace workspace, ManualOutcome outcome) {
        if (outcome.activity().triggers().isEmpty()) {
            return;
        }
        DeliveryCounts delivery = workspace.dispatcher().settle();
        out.println(AssessmentTable.delivery(delivery, workspace.triggersFile().toString()));
    }
}

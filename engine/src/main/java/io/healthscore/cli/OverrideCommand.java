package io.healthscore.cli;

import io.healthscore.assessment.Band;
import io.healthscore.company.CompanyId;
import io.healthscore.manual.ManualStatus;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "override", mixinStandardHelpOptions = true, description = {
        "Pin a company's effective band by hand, with the reason.",
        "The band holds from the company's latest assessed month until --until (default: through the next monthly"
                + " run). The rules' score and band are still computed and shown beside it; entering the pinned band"
                + " emits the same triggers as the rules would, marked manual. --clear ends it."})
final class OverrideCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Mixin
    CompanyParameter company;

    @Option(names = "--band", paramLabel = "BAND", description = "THRIVING, HEALTHY, STEADY or AT_RISK.")
    String band;

    @Mixin
    ManualOptions manual;

    @Option(names = "--until", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The last month the override holds (default: the month after the latest assessed one).")
    YearMonth until;

    @Option(names = "--clear", description = "End the override in force; the rules' band applies again.")
    boolean clear;

    private final Cli cli;

    OverrideCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        CompanyId id = company.id();
        String author = manual.author(spec);
        Band pinned = clear ? null : pinnedBand();
        if (clear && (band != null || until != null)) {
            throw new ParameterException(spec.commandLine(), "--clear takes no --band or --until");
        }
        String reason = manual.note(spec, clear ? "override cleared" : null);
        return ManualOutput.apply(cli, options,
                status -> clear ? status.clear(id, reason, author) : status.override(id, pinned, reason, until, author));
    }

    private Band pinnedBand() {
        if (band == null) {
            throw new ParameterException(spec.commandLine(), "--band is required (or --clear); accepted: THRIVING, HEALTHY, STEADY, AT_RISK");
        }
        try {
            return ManualStatus.pinnable(band);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--band: " + e.getMessage()
                    + (band.equalsIgnoreCase("churned") ? " (to mark a company churned: healthscore churn COMPANY --note TEXT)" : ""));
        }
    }
}

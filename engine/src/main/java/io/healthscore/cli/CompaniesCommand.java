package io.healthscore.cli;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.report.Portfolio;
import io.healthscore.store.PortfolioRow;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "companies", mixinStandardHelpOptions = true, description = {
        "List the companies with their health for a month.",
        "The month defaults to the latest scored one. Filter by the band they are shown in and by segment; churned"
                + " companies are shown as CHURNED."})
final class CompaniesCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Spec
    CommandSpec spec;

    @Option(names = "--band", paramLabel = "BAND", split = ",",
            description = "Only these bands (repeat or comma-separate): THRIVING, HEALTHY, STEADY, AT_RISK, NONE, CHURNED.")
    List<String> bands;

    @Option(names = "--segment", paramLabel = "S", description = "Only companies of this segment (as in the companies file).")
    String segment;

    @Option(names = "--month", paramLabel = "YYYY-MM", converter = MonthConverter.class,
            description = "The month (default: the latest month with assessments).")
    YearMonth month;

    @Mixin
    JsonOption output;

    private final Cli cli;

    CompaniesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Set<EffectiveBand> wanted = wantedBands();
        try (Workspace workspace = cli.workspace(options)) {
            Portfolio portfolio = new Portfolio(workspace.readOnlyStore());
            YearMonth shown = month != null ? month : portfolio.latestShownMonth().orElse(null);
            if (shown == null) {
                cli.err().println("healthscore: nothing is scored yet; run 'healthscore run --month YYYY-MM' first");
                return ExitCode.FAILURE;
            }
            List<PortfolioRow> rows = portfolio.companies(shown, wanted, segment);
            CompanyList list = new CompanyList(cli.out());
            if (output.json) {
                rows.forEach(list::json);
            } else {
                list.table(shown, rows);
            }
            return ExitCode.OK;
        }
    }

    private Set<EffectiveBand> wantedBands() {
        if (bands == null || bands.isEmpty()) {
            return EnumSet.allOf(EffectiveBand.class);
        }
        Set<EffectiveBand> wanted = EnumSet.noneOf(EffectiveBand.class);
        for (String band : bands) {
            try {
                wanted.add(EffectiveBand.parse(band));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--band: " + e.getMessage());
            }
        }
        return wanted;
    }
}

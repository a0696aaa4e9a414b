package io.healthscore.console;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.report.Distribution;
import io.healthscore.report.HealthTarget;
import io.healthscore.report.Mover;
import io.healthscore.report.Percent;
import io.healthscore.report.PortfolioReport;
import io.healthscore.report.ReportBuilder;
import io.healthscore.report.ReportCharts;
import io.healthscore.store.PortfolioRepository;
import io.healthscore.web.Backend;
import io.healthscore.web.Fields;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/** GET /: the month's portfolio as {@code healthscore report} has it: distribution, health target, trend, movers. */
final class PortfolioPage {
    /** Score drops are not shown here; the report's default threshold keeps its figures the same. */
    private static final int DROP_THRESHOLD = 15;

    private final Backend backend;
    private final BigDecimal target;

    PortfolioPage(Backend backend, BigDecimal target) {
        this.backend = backend;
        this.target = target;
    }

    void show(Context ctx) {
        YearMonth latest = new PortfolioRepository(backend.database()).latestMonth().orElse(null);
        YearMonth month = Fields.month("month", ctx.queryParam("month"));
        if (latest == null) {
            Layout.answer(ctx, 200, "Portfolio", "/", Templates.render("portfolio", Page.empty()));
            return;
        }
        YearMonth shown = month == null ? latest : month;
        PortfolioReport report = new ReportBuilder(backend.database(), backend.clock()).build(shown, target, DROP_THRESHOLD);
        List<MonthChoice> months = MonthChoice.of(backend.database(), latest, shown);
        Layout.answer(ctx, 200, "Portfolio " + shown, "/", Templates.render("portfolio", new Page(true,
                shown.toString(), months, report.companies(), ReportCharts.distribution(report.distribution()),
                rows(report.distribution()), TargetPanel.of(report.target()),
                ReportCharts.trend(report.trend(), report.target().targetPercent()), report.trend().size(),
                movers("movers-up", report.moversUp()), movers("movers-down", report.moversDown()))));
    }

    private static List<BandRow> rows(Distribution distribution) {
        return Arrays.stream(EffectiveBand.values()).map(band -> new BandRow(Chip.of(band), distribution.count(band),
                ReportCharts.percent(distribution.percent(band)), "/companies?band=" + band.name())).toList();
    }

    private static MoverTable movers(String id, List<Mover> movers) {
        return new MoverTable(id, movers.stream().map(mover -> new MoverRow(mover.company(), Shown.orMissing(mover.name()),
                Shown.orMissing(mover.owner()), Chip.of(mover.from()), Chip.of(mover.to()), Shown.number(mover.score()),
                Shown.signed(mover.change()), mover.source())).toList());
    }

    private record Page(boolean scored, String month, List<MonthChoice> months, int companies, String distributionChart,
            List<BandRow> bands, TargetPanel target, String trendChart, int trendMonths, MoverTable moversUp,
            MoverTable moversDown) {
        static Page empty() {
            return new Page(false, null, List.of(), 0, null, List.of(), null, null, 0, null, null);
        }
    }

    private record BandRow(Chip chip, int count, String share, String href) {
    }

    /** A table of movers; the template says "none" when there are no rows. */
    private record MoverTable(String id, List<MoverRow> rows) {
        boolean any() {
            return !rows.isEmpty();
        }
    }

    private record MoverRow(String company, String name, String owner, Chip from, Chip to, String score, String change,
            String source) {
    }

    private record TargetPanel(String state, boolean met, String actual, int healthy, int active, String target,
            String status) {
        static TargetPanel of(HealthTarget target) {
            String status = target.met() ? "Target met" : "Below target by "
                    + Percent.text(target.gap().negate()) + " points: " + target.companiesShort()
                    + " more " + (target.companiesShort() == 1 ? "company" : "companies") + " needed";
            return new TargetPanel(target.met() ? "met" : "below", target.met(),
                    ReportCharts.percent(target.actualPercent()), target.healthy(), target.active(),
                    ReportCharts.percent(target.targetPercent()), status);
        }
    }
}

package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The portfolio report as plain text for a terminal: a heading, then one titled section after another. */
public final class ReportText {
    static final String NONE = "  none";
    private static final BigDecimal BAR_AT_100_PERCENT = BigDecimal.valueOf(40);

    private ReportText() {
    }

    /** The whole report, lines ending in {@code \n}. */
    public static String render(PortfolioReport report) {
        List<String> lines = new ArrayList<>();
        lines.add(heading(report));
        lines.add("generated " + Figures.minute(report.generatedAt()) + " UTC");
        if (report.provisional() != null) {
            lines.add(Figures.provisional(report.provisional(), report.companies()));
        }
        section(lines, "Distribution", distribution(report.distribution()));
        section(lines, "Health target", List.of("  " + target(report.target())));
        section(lines, "Movers up", TextSections.movers(report.moversUp()));
        section(lines, "Movers down", TextSections.movers(report.moversDown()));
        section(lines, "Score drops (" + report.dropThreshold() + " points or more)",
                TextSections.scoreDrops(report.scoreDrops()));
        section(lines, "At risk", TextSections.atRisk(report.atRisk()));
        if (!report.earlyWarnings().isEmpty()) {
            section(lines, "Early warning: scored to date in " + report.earlyWarningMonth(),
                    TextSections.earlyWarnings(report.earlyWarnings(), report.month()));
        }
        if (!report.lowConfidence().isEmpty()) {
            section(lines, "Low-confidence scores (" + report.lowConfidence().size() + ")",
                    TextSections.lowConfidence(report.lowConfidence()));
        }
        section(lines, "Manual changes", TextSections.manualChanges(report.manualChanges()));
        section(lines, "Happiness level (average NPS of the month)", TextSections.happiness(report.happiness()));
        section(lines, "Trend", TextSections.trend(report.trend()));
        return String.join("\n", lines) + "\n";
    }

    static String heading(PortfolioReport report) {
        return "Portfolio health " + report.month() + " (" + Figures.companies(report.companies())
                + (report.rulesHashes().isEmpty() ? "" : ", rules " + String.join(" and ",
                        report.rulesHashes().stream().map(Figures::shortHash).toList())) + ")";
    }

    private static void section(List<String> lines, String title, List<String> body) {
        lines.add("");
        lines.add(title);
        lines.addAll(body.isEmpty() ? List.of(NONE) : body);
    }

    static List<String> distribution(Distribution distribution) {
        TextTable table = new TextTable("lrrl");
        for (EffectiveBand band : EffectiveBand.values()) {
            table.row(band.name(), Integer.toString(distribution.count(band)), Figures.percent(distribution.percent(band)),
                    bar(distribution.percent(band)));
        }
        table.row("total", Integer.toString(distribution.total()), "", "");
        return table.lines();
    }

    /** 40 characters at 100%, rounded half up: 30.0% is 12 of them. */
    static String bar(BigDecimal percent) {
        int length = percent.multiply(BAR_AT_100_PERCENT).divide(Percent.HUNDRED, 0, RoundingMode.HALF_UP).intValueExact();
        return "#".repeat(length);
    }

    static String target(HealthTarget target) {
        String measured = "target " + Figures.percent(target.targetPercent()) + "  actual "
                + Figures.percent(target.actualPercent()) + " (" + target.healthy() + " of " + target.active()
                + " active companies Healthy or Thriving)  ";
        if (target.met()) {
            return measured + "met" + (target.gap().signum() > 0 ? ", " + Percent.text(target.gap())
                    + " points above target" : "");
        }
        return measured + "below target " + Figures.shortfall(target);
    }
}

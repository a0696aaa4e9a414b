package io.healthscore.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The portfolio report as one self-contained HTML5 page: inline style and SVG charts, no script, no external
 * resource, so it can be mailed, archived or printed as it is. The page is {@code report/page.html}; each
 * section's body comes from its own template.
 */
public final class ReportHtml {
    private ReportHtml() {
    }

    public static String render(PortfolioReport report) {
        List<Section> sections = new ArrayList<>(List.of(
                new Section("distribution", "Distribution", DistributionChart.svg(report.distribution())),
                new Section("trend", "Trend, last " + report.trend().size() + " months",
                        TrendChart.svg(report.trend(), report.target().targetPercent())),
                new Section("health-target", "Health target", ReportTemplates.render("target",
                        TargetPanel.of(report.target()))),
                new Section("movers-up", "Movers up", HtmlSections.movers(report.moversUp())),
                new Section("movers-down", "Movers down", HtmlSections.movers(report.moversDown())),
                new Section("score-drops", "Score drops (" + report.dropThreshold() + " points or more)",
                        HtmlSections.scoreDrops(report.scoreDrops())),
                new Section("at-risk", "At risk", HtmlSections.atRisk(report.atRisk()))));
        if (!report.earlyWarnings().isEmpty()) {
            sections.add(new Section("early-warning", "Early warning: scored to date in " + report.earlyWarningMonth(),
                    HtmlSections.earlyWarnings(report.earlyWarnings(), report.month())));
        }
        if (!report.lowConfidence().isEmpty()) {
            sections.add(new Section("low-confidence", "Low-confidence scores (" + report.lowConfidence().size() + ")",
                    HtmlSections.lowConfidence(report.lowConfidence())));
        }
        sections.add(new Section("manual-changes", "Manual changes", HtmlSections.manualChanges(report.manualChanges())));
        sections.add(new Section("happiness", "Happiness level", HtmlSections.happiness(report.happiness())));
        return ReportTemplates.render("page", new Page("Portfolio health " + report.month(),
                Figures.companies(report.companies()), Figures.minute(report.generatedAt()),
                report.rulesHashes().stream().map(RuleSet::new).toList(),
                report.provisional() == null ? null : Figures.provisional(report.provisional(), report.companies()),
                BandStyle.all(), sections));
    }

    /** {@code provisional} is the statement on the month's month-to-date scores, null without any. */
    private record Page(String title, String companies, String generated, List<RuleSet> ruleSets,
            String provisional, List<BandStyle> bands, List<Section> sections) {
    }

    /** A rule set that scored the month: its hash in full (the title) and short (shown). */
    private record RuleSet(String hash, String shortHash) {
        RuleSet(String hash) {
            this(hash, Figures.shortHash(hash));
        }
    }

    /** A section of the page; {@code body} is HTML already rendered by its template. */
    private record Section(String id, String title, String body) {
    }

    private record TargetPanel(String state, boolean met, String actual, int healthy, int active, String target,
            String status) {
        static TargetPanel of(HealthTarget target) {
            return new TargetPanel(target.met() ? "met" : "below", target.met(), Figures.percent(target.actualPercent()),
                    target.healthy(), target.active(), Figures.percent(target.targetPercent()),
                    target.met() ? "Target met" : "Below target " + Figures.shortfall(target));
        }
    }
}

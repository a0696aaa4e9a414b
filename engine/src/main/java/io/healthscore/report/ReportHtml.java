package io.healthscore.report;

import io.healthscore.assessment.EffectiveBand;

/**
 * The portfolio report as one self-contained HTML5 page: inline style and SVG charts, no script, no external
 * resource, so it can be mailed, archived or printed as it is.
 */
public final class ReportHtml {
    private ReportHtml() {
    }

    public static String render(PortfolioReport report) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title(report))).append("</title>\n")
                .append("<style>\n").append(ReportStyle.css()).append("</style>\n</head>\n<body>\n<main>\n");
        header(html, report);
        section(html, "distribution", "Distribution", DistributionChart.svg(report.distribution()));
        section(html, "trend", "Trend, last " + report.trend().size() + " months",
                TrendChart.svg(report.trend(), report.target().targetPercent()) + legend());
        section(html, "health-target", "Health target", target(report.target()));
        section(html, "movers-up", "Movers up", HtmlSections.movers(report.moversUp()));
        section(html, "movers-down", "Movers down", HtmlSections.movers(report.moversDown()));
        section(html, "score-drops", "Score drops (" + report.dropThreshold() + " points or more)",
                HtmlSections.scoreDrops(report.scoreDrops()));
        section(html, "at-risk", "At risk", HtmlSections.atRisk(report.atRisk()));
        section(html, "manual-changes", "Manual changes", HtmlSections.manualChanges(report.manualChanges()));
        section(html, "happiness", "Happiness level", HtmlSections.happiness(report.happiness()));
        html.append("<footer>Healthy share: Thriving and Healthy companies of the active (not churned) companies.")
                .append(" Happiness level: the company's average NPS of the month.</footer>\n");
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String title(PortfolioReport report) {
        return "Portfolio health " + report.month();
    }

    private static void header(StringBuilder html, PortfolioReport report) {
        html.append("<header>\n<h1>").append(Html.escape(title(report))).append("</h1>\n<p>")
                .append(Figures.companies(report.companies())).append(" &middot; generated ")
                .append(Figures.minute(report.generatedAt())).append(" UTC");
        if (report.rulesHash() != null) {
            html.append(" &middot; rules <code title=\"").append(Html.escape(report.rulesHash())).append("\">")
                    .append(Html.escape(Figures.shortHash(report.rulesHash()))).append("</code>");
        }
        html.append("</p>\n</header>\n");
    }

    private static void section(StringBuilder html, String id, String title, String body) {
        html.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(title)).append("</h2>\n")
                .append(body).append("</section>\n");
    }

    private static String legend() {
        StringBuilder legend = new StringBuilder("<ul class=\"legend\">\n");
        for (EffectiveBand band : EffectiveBand.values()) {
            legend.append("<li>").append(HtmlSections.band(band)).append("</li>\n");
        }
        return legend.append("<li><span class=\"key-line\"></span>Healthy share of active companies</li>\n")
                .append("<li><span class=\"key-line dashed\"></span>Health target</li>\n</ul>\n").toString();
    }

    private static String target(HealthTarget target) {
        String state = target.met() ? "met" : "below";
        String status = target.met() ? "Target met" : "Below target " + Figures.shortfall(target);
        return "<div class=\"target " + state + "\" data-met=\"" + target.met() + "\">\n"
                + "<span class=\"actual\">" + Figures.percent(target.actualPercent()) + "</span>\n"
                + "<span>healthy share, " + target.healthy() + " of " + target.active() + " active companies</span>\n"
                + "<span>target <strong>" + Figures.percent(target.targetPercent()) + "</strong></span>\n"
                + "<span class=\"status\">" + status + "</span>\n</div>\n";
    }
}

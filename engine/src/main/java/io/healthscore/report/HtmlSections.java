package io.healthscore.report;

import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import java.util.List;

/** The report's tables in HTML, with the same figures as the text version; user-supplied text is escaped. */
final class HtmlSections {
    private HtmlSections() {
    }

    static String movers(List<Mover> movers) {
        HtmlTable table = new HtmlTable("wllrrrrl", "Company", "Owner", "Band", "Score", "Login", "Adoption", "NPS",
                "Source");
        for (Mover mover : movers) {
            Drivers drivers = mover.drivers();
            table.row(company(mover.company(), mover.name()), text(mover.owner()), change(mover.from(), mover.to()),
                    Figures.scoreWithChange(mover.score(), mover.change()), Figures.decimal(drivers.login()),
                    Figures.decimal(drivers.adoption()), Figures.decimal(drivers.nps()), Html.escape(mover.source()));
        }
        return table.html();
    }

    static String scoreDrops(List<ScoreDrop> drops) {
        HtmlTable table = new HtmlTable("wrrlrrr", "Company", "Score", "Drop", "Band", "Login", "Adoption", "NPS");
        for (ScoreDrop drop : drops) {
            Drivers drivers = drop.drivers();
            table.row(company(drop.company(), drop.name()), drop.previousScore() + " &rarr; " + drop.score(),
                    Figures.signed(-drop.drop()), band(drop.band()), Figures.decimal(drivers.login()),
                    Figures.decimal(drivers.adoption()), Figures.decimal(drivers.nps()));
        }
        return table.html();
    }

    static String atRisk(List<AtRiskCompany> companies) {
        HtmlTable table = new HtmlTable("wlrrlrrr", "Company", "Owner", "Score", "Months at risk", "Band set by",
                "Login", "Adoption", "NPS");
        for (AtRiskCompany company : companies) {
            Drivers drivers = company.drivers();
            table.row(company(company.company(), company.name()), text(company.owner()), Figures.number(company.score()),
                    Integer.toString(company.monthsAtRisk()), company.overridden()
                            ? "<span class=\"overridden\">override</span> (rules: "
                            + BandStyle.label(EffectiveBand.of(company.automaticBand())) + ")" : "rules",
                    Figures.decimal(drivers.login()), Figures.decimal(drivers.adoption()), Figures.decimal(drivers.nps()));
        }
        return table.html();
    }

    static String manualChanges(List<ManualChange> changes) {
        HtmlTable table = new HtmlTable("llllllw", "When (UTC)", "Company", "Month", "Source", "Author", "Band", "Note");
        for (ManualChange change : changes) {
            table.row(Figures.minute(change.at()), Html.escape(change.company()), change.month().toString(),
                    Html.escape(change.source()), text(change.author()), change(change.from(), change.to()),
                    "<span class=\"note\">" + Html.escape(change.note()) + "</span>");
        }
        return table.html();
    }

    static String happiness(HappinessMix mix) {
        HtmlTable table = new HtmlTable("llrr", "Happiness level", "Average NPS", "Companies", "Share");
        for (HappinessLevel level : HappinessLevel.values()) {
            table.row("<span class=\"level level-" + level.name() + "\">" + level.label() + "</span>", level.range(),
                    Integer.toString(mix.count(level)), Figures.percent(mix.percent(level)));
        }
        table.row("No feedback", "no NPS this month", Integer.toString(mix.noFeedback()), "");
        return table.html();
    }

    static String band(EffectiveBand band) {
        return "<span class=\"swatch " + BandStyle.cssClass(band) + "\"></span>" + BandStyle.label(band);
    }

    private static String change(EffectiveBand from, EffectiveBand to) {
        return band(from) + " &rarr; " + band(to);
    }

    private static String company(String company, String name) {
        return "<span class=\"company\">" + Html.escape(company) + "</span>"
                + (name == null ? "" : "<span class=\"name\">" + Html.escape(name) + "</span>");
    }

    private static String text(String value) {
        return Html.escape(Figures.orMissing(value));
    }
}

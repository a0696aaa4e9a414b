package io.healthscore.report;

import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import java.util.List;

/** The report's tables in text: one line per company, change or month, under a header line; empty when none. */
final class TextSections {
    private TextSections() {
    }

    static List<String> movers(List<Mover> movers) {
        if (movers.isEmpty()) {
            return List.of();
        }
        TextTable table = new TextTable("llllrrrrl").row("company", "name", "owner", "band", "score", "login", "adoption",
                "nps", "source");
        for (Mover mover : movers) {
            Drivers drivers = mover.drivers();
            table.row(mover.company(), Figures.orMissing(mover.name()), Figures.orMissing(mover.owner()),
                    mover.from() + " -> " + mover.to(), Figures.scoreWithChange(mover.score(), mover.change()),
                    Figures.decimal(drivers.login()), Figures.decimal(drivers.adoption()), Figures.decimal(drivers.nps()),
                    mover.automatic() ? "" : mover.source());
        }
        return table.lines();
    }

    static List<String> scoreDrops(List<ScoreDrop> drops) {
        if (drops.isEmpty()) {
            return List.of();
        }
        TextTable table = new TextTable("llrrlrrr").row("company", "name", "score", "drop", "band", "login", "adoption",
                "nps");
        for (ScoreDrop drop : drops) {
            Drivers drivers = drop.drivers();
            table.row(drop.company(), Figures.orMissing(drop.name()), drop.previousScore() + " -> " + drop.score(),
                    Figures.signed(-drop.drop()), drop.band().name(), Figures.decimal(drivers.login()),
                    Figures.decimal(drivers.adoption()), Figures.decimal(drivers.nps()));
        }
        return table.lines();
    }

    static List<String> atRisk(List<AtRiskCompany> companies) {
        if (companies.isEmpty()) {
            return List.of();
        }
        TextTable table = new TextTable("lllrrrrrl").row("company", "name", "owner", "score", "months", "login",
                "adoption", "nps", "");
        for (AtRiskCompany company : companies) {
            Drivers drivers = company.drivers();
            table.row(company.company(), Figures.orMissing(company.name()), Figures.orMissing(company.owner()),
                    Figures.number(company.score()), Integer.toString(company.monthsAtRisk()),
                    Figures.decimal(drivers.login()), Figures.decimal(drivers.adoption()), Figures.decimal(drivers.nps()),
                    company.overridden() ? "overridden (rules: " + company.automaticBand() + ")" : "");
        }
        return table.lines();
    }

    static List<String> lowConfidence(List<LowConfidenceScore> scores) {
        TextTable table = new TextTable("lllrl").row("company", "name", "band", "score", "why");
        for (LowConfidenceScore low : scores) {
            table.row(low.company(), Figures.orMissing(low.name()), low.band().name(), Figures.number(low.score()),
                    Figures.oneLine(low.reason()));
        }
        return table.lines();
    }

    static List<String> manualChanges(List<ManualChange> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        TextTable table = new TextTable("lllllll").row("at (UTC)", "company", "month", "source", "author", "band", "note");
        for (ManualChange change : changes) {
            table.row(Figures.minute(change.at()), change.company(), change.month().toString(), change.source(),
                    Figures.orMissing(change.author()), change.from() + " -> " + change.to(), Figures.oneLine(change.note()));
        }
        return table.lines();
    }

    static List<String> happiness(HappinessMix mix) {
        TextTable table = new TextTable("llrr");
        for (HappinessLevel level : HappinessLevel.values()) {
            table.row(level.label(), level.range(), Integer.toString(mix.count(level)), Figures.percent(mix.percent(level)));
        }
        table.row("no feedback", "", Integer.toString(mix.noFeedback()), "");
        return table.lines();
    }

    static List<String> trend(List<Distribution> trend) {
        EffectiveBand[] bands = EffectiveBand.values();
        TextTable table = new TextTable("l" + "r".repeat(bands.length + 2));
        String[] header = new String[bands.length + 3];
        header[0] = "month";
        for (EffectiveBand band : bands) {
            header[1 + band.ordinal()] = band.name();
        }
        header[bands.length + 1] = "total";
        header[bands.length + 2] = "healthy";
        table.row(header);
        for (Distribution month : trend) {
            String[] cells = new String[bands.length + 3];
            cells[0] = month.month().toString();
            for (EffectiveBand band : bands) {
                cells[1 + band.ordinal()] = Integer.toString(month.count(band));
            }
            cells[bands.length + 1] = Integer.toString(month.total());
            cells[bands.length + 2] = Figures.percent(month.healthyPercent());
            table.row(cells);
        }
        return table.lines();
    }
}

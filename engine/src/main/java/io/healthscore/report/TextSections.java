package io.healthscore.report;

import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The report's tables in text: one line per company, change or month, under a header line; empty when none. */
final class TextSections {
    private TextSections() {
    }

    static List<String> movers(List<Mover> movers) {
        if (movers.isEmpty()) {
            return List.of();
        }
        TextTable table = new TextTable("llllrrrrll").row("company", "name", "owner", "band", "score", "login", "adoption",
                "nps", "source", "");
        for (Mover mover : movers) {
            Drivers drivers = mover.drivers();
            table.row(mover.company(), Figures.orMissing(mover.name()), Figures.orMissing(mover.owner()),
                    mover.from() + " -> " + mover.to(), Figures.scoreWithChange(mover.score(), mover.change()),
                    Figures.decimal(drivers.login()), Figures.decimal(drivers.adoption()), Figures.decimal(drivers.nps()),
                    mover.automatic() ? "" : mover.source(), Figures.provisional(mover.provisional()));
        }
        return table.lines();
    }

    static List<String> scoreDrops(List<ScoreDrop> drops) {
        if (drops.isEmpty()) {
            return List.of();
        }
        TextTable table = new TextTable("llrrlrrrl").row("company", "name", "score", "drop", "band", "login", "adoption",
                "nps", "");
        for (ScoreDrop drop : drops) {
            Drivers drivers = drop.drivers();
            table.row(drop.company(), Figures.orMissing(drop.name()), drop.previousScore() + " -> " + drop.score(),
                    Figures.signed(-drop.drop()), drop.band().name(), Figures.decimal(drivers.login()),
                    Figures.decimal(drivers.adoption()), Figures.decimal(drivers.nps()),
                    Figures.provisional(drop.provisional()));
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
                    atRiskNotes(company));
        }
        return table.lines();
    }

    /** "overridden (rules: HEALTHY)", "provisional (2 of 5 weeks)", both, or "". */
    private static String atRiskNotes(AtRiskCompany company) {
        List<String> notes = new ArrayList<>();
        if (company.overridden()) {
            notes.add("overridden (rules: " + company.automaticBand() + ")");
        }
        if (company.provisional() != null) {
            notes.add(Figures.provisional(company.provisional()));
        }
        return String.join("; ", notes);
    }

    /** The next month's companies At Risk to date, with the band {@code reported} shows them in. */
    static List<String> earlyWarnings(List<EarlyWarning> warnings, YearMonth reported) {
        TextTable table = new TextTable("lllrlll").row("company", "name", "owner", "score", "band", "weeks used",
                "band in " + reported);
        for (EarlyWarning warning : warnings) {
            table.row(warning.company(), Figures.orMissing(warning.name()), Figures.orMissing(warning.owner()),
                    Figures.number(warning.score()), warning.band().name(), Figures.weeksOf(warning.provisional()),
                    warning.reportedBand() == null ? Figures.MISSING : warning.reportedBand().name());
        }
        return table.lines();
    }

    static List<String> lowConfidence(List<LowConfidenceScore> scores) {
        TextTable table = new TextTable("lllrll").row("company", "name", "band", "score", "why", "");
        for (LowConfidenceScore low : scores) {
            table.row(low.company(), Figures.orMissing(low.name()), low.band().name(), Figures.number(low.score()),
                    Figures.oneLine(low.reason()), Figures.provisional(low.provisional()));
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

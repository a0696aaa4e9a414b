package io.healthscore.report;

import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.assessment.ProvisionalWeeks;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * The report's tables in HTML, with the same figures as the text version: each is a template under
 * {@code report/} on the shared {@code table.html}, filled from one row record per line. A row's {@code provisional}
 * is the mark of a month-to-date score, shown under the company, null for the month's assessment.
 */
final class HtmlSections {
    private HtmlSections() {
    }

    static String movers(List<Mover> movers) {
        return table("movers", movers.stream().map(mover -> new MoverRow(mover.company(), mover.name(),
                Figures.orMissing(mover.owner()), BandStyle.of(mover.from()), BandStyle.of(mover.to()),
                Figures.scoreWithChange(mover.score(), mover.change()), DriverFigures.of(mover.drivers()),
                mover.source(), mark(mover.provisional()))).toList());
    }

    static String scoreDrops(List<ScoreDrop> drops) {
        return table("score-drops", drops.stream().map(drop -> new DropRow(drop.company(), drop.name(),
                drop.previousScore(), drop.score(), Figures.signed(-drop.drop()), BandStyle.of(drop.band()),
                DriverFigures.of(drop.drivers()), mark(drop.provisional()))).toList());
    }

    static String atRisk(List<AtRiskCompany> companies) {
        return table("at-risk", companies.stream().map(company -> new AtRiskRow(company.company(), company.name(),
                Figures.orMissing(company.owner()), Figures.number(company.score()), company.monthsAtRisk(),
                company.overridden(), BandStyle.of(EffectiveBand.of(company.automaticBand())).label(),
                DriverFigures.of(company.drivers()), mark(company.provisional()))).toList());
    }

    static String lowConfidence(List<LowConfidenceScore> scores) {
        return table("low-confidence", scores.stream().map(low -> new LowRow(low.company(), low.name(),
                Figures.number(low.score()), BandStyle.of(low.band()), low.reason(), mark(low.provisional()))).toList());
    }

    /** The next month's companies At Risk to date, with the band {@code reported} shows them in. */
    static String earlyWarnings(List<EarlyWarning> warnings, YearMonth reported) {
        return ReportTemplates.render("early-warning", new EarlyTable(warnings.stream().map(warning -> new EarlyRow(
                warning.company(), warning.name(), Figures.orMissing(warning.owner()), Figures.number(warning.score()),
                BandStyle.of(warning.band()), Figures.weeksOf(warning.provisional()),
                warning.reportedBand() == null ? null : BandStyle.of(warning.reportedBand()))).toList(),
                reported.toString()));
    }

    static String manualChanges(List<ManualChange> changes) {
        return table("manual-changes", changes.stream().map(change -> new ChangeRow(Figures.minute(change.at()),
                change.company(), change.month().toString(), change.source(), Figures.orMissing(change.author()),
                BandStyle.of(change.from()), BandStyle.of(change.to()), change.note())).toList());
    }

    static String happiness(HappinessMix mix) {
        List<LevelRow> levels = Arrays.stream(HappinessLevel.values()).map(level -> new LevelRow(level.name(),
                level.label(), level.range(), mix.count(level), Figures.percent(mix.percent(level)))).toList();
        return ReportTemplates.render("happiness", new HappinessTable(levels, mix.noFeedback()));
    }

    private static String mark(ProvisionalWeeks weeks) {
        return weeks == null ? null : Figures.provisional(weeks);
    }

    private static String table(String template, List<?> rows) {
        return ReportTemplates.render(template, new Table(rows));
    }

    /** A table's rows: the template draws the table when there are any, else says "none". */
    private record Table(List<?> rows) {
        boolean any() {
            return !rows.isEmpty();
        }
    }

    private record EarlyTable(List<EarlyRow> rows, String reportedMonth) {
        boolean any() {
            return !rows.isEmpty();
        }
    }

    private record HappinessTable(List<LevelRow> rows, int noFeedback) {
        boolean any() {
            return true;
        }
    }

    /** A company's login, adoption and NPS as the tables write them: "70.5", "-" when missing. */
    private record DriverFigures(String login, String adoption, String nps) {
        static DriverFigures of(Drivers drivers) {
            return new DriverFigures(Figures.decimal(drivers.login()), Figures.decimal(drivers.adoption()),
                    Figures.decimal(drivers.nps()));
        }
    }

    private record MoverRow(String company, String name, String owner, BandStyle from, BandStyle to, String score,
            DriverFigures drivers, String source, String provisional) {
    }

    private record DropRow(String company, String name, int previousScore, int score, String drop, BandStyle band,
            DriverFigures drivers, String provisional) {
    }

    private record AtRiskRow(String company, String name, String owner, String score, int monthsAtRisk,
            boolean overridden, String automaticBand, DriverFigures drivers, String provisional) {
    }

    private record LowRow(String company, String name, String score, BandStyle band, String reason,
            String provisional) {
    }

    /** {@code reportedBand} is null when the company is not in the report's month; no mark, the section is all to date. */
    private record EarlyRow(String company, String name, String owner, String score, BandStyle band, String weeks,
            BandStyle reportedBand) {
    }

    private record ChangeRow(String at, String company, String month, String source, String author, BandStyle from,
            BandStyle to, String note) {
    }

    private record LevelRow(String level, String label, String range, int count, String share) {
    }
}

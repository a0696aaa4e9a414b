package io.healthscore.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.json.Json;
import io.healthscore.store.PortfolioRow;
import java.io.PrintStream;
import java.time.YearMonth;
import java.util.List;

/** The companies list: a table with a count line, or one JSON object per company. */
final class CompanyList {
    private static final String ROW = "%-24s %-24s %-12s %-34s %5s %6s  %-9s %s%n";

    private final PrintStream out;

    CompanyList(PrintStream out) {
        this.out = out;
    }

    void table(YearMonth month, List<PortfolioRow> rows) {
        out.printf(ROW, "COMPANY", "NAME", "SEGMENT", "OWNER", "SCORE", "CHANGE", "BAND", "SHOWN");
        for (PortfolioRow row : rows) {
            out.printf(ROW, row.company().id(), Cells.orDash(row.company().name()), Cells.orDash(row.company().segment()),
                    Cells.orDash(row.company().owner()), Cells.orDash(row.score()), Cells.signed(row.drivers().change()),
                    Cells.orDash(row.band()), row.shown() + (row.overridden() ? " (override " + row.overrideId() + ")" : ""));
        }
        out.printf("%n%d companies, %s%n", rows.size(), month);
    }

    void json(PortfolioRow row) {
        out.println(Json.line(new Line(row.company().id().value(), row.company().name(), row.company().segment(),
                row.company().owner(), row.month(), row.score(), row.band(), row.shown(), row.overrideId(),
                AssessmentDrivers.of(row.drivers()))));
    }

    /** One company of the list as JSON; {@code override} only when one holds. */
    @JsonPropertyOrder({"company", "name", "segment", "owner", "month", "score", "band", "effectiveBand", "override",
            "drivers"})
    private record Line(String company, String name, String segment, String owner, YearMonth month, Integer score,
            Band band, EffectiveBand effectiveBand, @JsonInclude(JsonInclude.Include.NON_NULL) Long override,
            AssessmentDrivers drivers) {
    }
}

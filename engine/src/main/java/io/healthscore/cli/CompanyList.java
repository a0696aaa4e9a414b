package io.healthscore.cli;

import io.healthscore.json.Json;
import io.healthscore.store.PortfolioRow;
import io.healthscore.views.CompanyJson;
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
        out.println(Json.line(CompanyJson.view(row)));
    }
}

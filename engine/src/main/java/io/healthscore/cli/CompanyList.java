package io.healthscore.cli;

import io.healthscore.json.Json;
import io.healthscore.store.PortfolioRow;
import io.healthscore.views.CompanyJson;
import java.io.PrintStream;
import java.time.YearMonth;
import java.util.ArrayList;
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
                    Cells.orDash(row.company().owner()), Cells.orDash(row.score()) + (row.lowConfidenceScore() ? "~" : ""),
                    Cells.signed(row.drivers().change()), Cells.orDash(row.band()), shown(row));
        }
        out.printf("%n%d companies, %s%n", rows.size(), month);
        if (rows.stream().anyMatch(PortfolioRow::lowConfidenceScore)) {
            out.println("~ a low-confidence score (the reason is beside the band shown)");
        }
    }

    /** The band shown, with what else there is to know: the override, a segment's rules, a low-confidence score. */
    private static String shown(PortfolioRow row) {
        List<String> notes = new ArrayList<>();
        if (row.isProvisional()) {
            notes.add(row.provisional().describe());
        }
        if (row.overridden()) {
            notes.add("override " + row.overrideId());
        }
        if (row.segmentRules()) {
            notes.add("rules of segment " + row.ruleSet());
        }
        if (row.lowConfidenceScore()) {
            notes.add("low confidence: " + row.lowConfidence());
        }
        return row.shown() + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
    }

    void json(PortfolioRow row) {
        out.println(Json.line(CompanyJson.view(row)));
    }
}

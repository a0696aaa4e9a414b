package io.healthscore.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.healthscore.store.PortfolioRow;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;

/** The companies list: a table with a count line, or one JSON object per company. */
final class CompanyList {
    private static final String ROW = "%-24s %-24s %-12s %-34s %5s %6s  %-9s %s%n";
    private static final JsonFactory JSON = new JsonFactory();

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
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("company", row.company().id().value());
            json.writeStringField("name", row.company().name());
            json.writeStringField("segment", row.company().segment());
            json.writeStringField("owner", row.company().owner());
            json.writeStringField("month", row.month().toString());
            AssessmentJson.integer(json, "score", row.score());
            json.writeStringField("band", row.band() == null ? null : row.band().name());
            json.writeStringField("effectiveBand", row.shown().name());
            if (row.overridden()) {
                json.writeNumberField("override", row.overrideId());
            }
            AssessmentJson.drivers(json, row.drivers());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(text);
    }
}

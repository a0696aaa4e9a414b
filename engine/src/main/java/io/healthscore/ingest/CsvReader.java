package io.healthscore.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV with a header row naming the fields (RFC 4180 quoting). Line numbers count the header as line 1; a row is
 * reported at the line it starts on. Blank rows are skipped; a row with more cells than the header is rejected.
 * Rows are read as arrays and bound to the header here, so that one bad row is one rejection.
 */
final class CsvReader implements RecordReader {
    private static final CsvMapper CSV = new CsvMapper();

    @Override
    public void read(Path file, Handler handler) {
        try (CsvParser parser = (CsvParser) CSV.getFactory().createParser(file.toFile())) {
            configure(parser);
            readRows(parser, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static void readRows(CsvParser parser, Handler handler) throws IOException {
        List<String> header = null;
        for (Row row = nextRow(parser, handler); row != null; row = nextRow(parser, handler)) {
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            if (header == null) {
                header = row.cells();
            } else {
                dataRow(row.line(), header, row.cells(), handler);
            }
        }
        if (header == null) {
            handler.unreadable(1, null, "empty file; accepted: a header row naming the fields"
                    + " (company,week,login,adoption,nps) and a row per record");
        }
    }

    /** One row after the header; a blank one is skipped. Also the slow path of {@link MetricsFileReader}. */
    static void dataRow(long line, List<String> header, List<String> cells, Handler handler) {
        if (cells.stream().allMatch(String::isBlank)) {
            return;
        }
        if (cells.size() > header.size()) {
            handler.unreadable(line, null, "the row has " + cells.size() + " cells, the header names "
                    + header.size() + " fields; accepted: at most one cell per header field (quote a cell that holds a comma)");
        } else {
            handler.record(line, null, bind(header, cells));
        }
    }

    /** The cells of a row that is one line without quotes, split as a whole file is; none for an empty line. */
    static List<String> cells(String row) throws IOException {
        try (CsvParser parser = (CsvParser) CSV.getFactory().createParser(row)) {
            configure(parser);
            List<String> cells = new ArrayList<>();
            if (parser.nextToken() != null) {
                for (JsonToken cell = parser.nextToken(); cell == JsonToken.VALUE_STRING; cell = parser.nextToken()) {
                    cells.add(parser.getText());
                }
            }
            return cells;
        }
    }

    private static void configure(CsvParser parser) {
        parser.setSchema(CsvSchema.emptySchema());
        parser.enable(CsvParser.Feature.TRIM_SPACES);
    }

    /** The next row, or null at the end of the file or after a row that cannot be split (reported). */
    private static Row nextRow(CsvParser parser, Handler handler) throws IOException {
        long line = 0;
        List<String> cells = new ArrayList<>();
        try {
            if (parser.nextToken() == null) {
                return null;
            }
            line = parser.currentLocation().getLineNr();
            for (JsonToken cell = parser.nextToken(); cell == JsonToken.VALUE_STRING; cell = parser.nextToken()) {
                cells.add(parser.getText());
            }
            return new Row(line, cells);
        } catch (JsonProcessingException e) {
            long at = line > 0 ? line : e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            handler.unreadable(at, null, "malformed CSV: " + JsonFields.shortMessage(e)
                    + "; this row and the rest of the file were not read");
            return null;
        }
    }

    private static Map<String, FieldValue> bind(List<String> header, List<String> cells) {
        Map<String, FieldValue> values = new HashMap<>();
        for (int index = 0; index < cells.size(); index++) {
            values.put(header.get(index), new FieldValue(FieldValue.Kind.TEXT, cells.get(index)));
        }
        return values;
    }

    private record Row(long line, List<String> cells) {
    }
}

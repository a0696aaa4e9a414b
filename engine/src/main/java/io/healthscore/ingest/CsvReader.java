package io.healthscore.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** CSV with a header row naming the fields (RFC 4180 quoting). Line numbers count the header as line 1. */
final class CsvReader implements RecordReader {
    private static final CsvMapper CSV = new CsvMapper();

    @Override
    public void read(Path file, Handler handler) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (CsvParser parser = (CsvParser) CSV.getFactory().createParser(file.toFile())) {
            parser.setSchema(schema);
            parser.enable(CsvParser.Feature.TRIM_SPACES);
            readRows(parser, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static void readRows(CsvParser parser, Handler handler) throws IOException {
        while (true) {
            JsonToken token;
            try {
                token = parser.nextToken();
            } catch (JsonProcessingException e) {
                long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                handler.unreadable(line, null, "malformed CSV: " + JsonFields.shortMessage(e)
                        + "; this row and the rest of the file were not read");
                return;
            }
            if (token == null) {
                return;
            }
            if (token == JsonToken.START_OBJECT) {
                readRow(parser, handler);
            }
        }
    }

    /** One row; a row that cannot be split (too many cells, an unclosed quote) is rejected alone. */
    private static void readRow(CsvParser parser, Handler handler) throws IOException {
        // the START_OBJECT token sits at the end of the previous row; the parser's position is on this one
        long line = parser.currentLocation().getLineNr();
        Map<String, FieldValue> values = new HashMap<>();
        try {
            for (JsonToken field = parser.nextToken(); field == JsonToken.FIELD_NAME; field = parser.nextToken()) {
                String name = parser.currentName();
                parser.nextToken();
                values.put(name, new FieldValue(FieldValue.Kind.TEXT, parser.getText()));
            }
        } catch (JsonProcessingException e) {
            handler.unreadable(line, null, "malformed CSV: " + JsonFields.shortMessage(e));
            skipRestOfRow(parser);
            return;
        }
        if (values.values().stream().allMatch(FieldValue::isNull)) {
            return; // a blank line
        }
        handler.record(line, null, values);
    }

    private static void skipRestOfRow(CsvParser parser) throws IOException {
        for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            // the row was rejected; its remaining cells are not read
        }
    }
}

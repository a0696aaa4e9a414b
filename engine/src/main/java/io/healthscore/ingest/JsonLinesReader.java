package io.healthscore.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** JSON Lines: one object a line; blank lines are skipped; a bad line never stops the rest. */
final class JsonLinesReader implements RecordReader {
    private static final JsonFactory JSON = new JsonFactory();
    /** Windows tools start UTF-8 files with it; the reader decodes it as a character. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    @Override
    public void read(Path file, Handler handler) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                line(line, ++number, handler);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** One line of a file, its terminator excluded; also the slow path of {@link MetricsFileReader}. */
    static void line(String text, long number, Handler handler) throws IOException {
        String line = number == 1 && text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        if (!line.isBlank()) {
            readLine(line, number, handler);
        }
    }

    private static void readLine(String line, long number, Handler handler) throws IOException {
        try (JsonParser parser = JSON.createParser(line)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                handler.unreadable(number, null, "expected a JSON object {...}, got " + JsonFields.describe(first));
                return;
            }
            var values = JsonFields.readObject(parser);
            if (parser.nextToken() != null) {
                handler.unreadable(number, null, "malformed JSON: more than one value on the line; accepted: one JSON object a line");
                return;
            }
            handler.record(number, null, values);
        } catch (JsonProcessingException e) {
            handler.unreadable(number, null, "malformed JSON: " + JsonFields.shortMessage(e));
        }
    }
}

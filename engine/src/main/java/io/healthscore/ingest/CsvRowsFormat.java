package io.healthscore.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * CSV without quotes, so that every row is one line: clean rows by {@link CsvRowScanner}, the others through
 * {@link CsvReader}'s own row handling. Only files that are all ASCII get here, so a byte is a character.
 */
final class CsvRowsFormat implements LineFormat {
    private final CsvHeader header;
    private final CsvRowScanner scanner;
    private final SinkHandler handler;

    CsvRowsFormat(CsvHeader header, SinkHandler handler, MetricsSink sink) {
        this.header = header;
        this.scanner = new CsvRowScanner(header, sink);
        this.handler = handler;
    }

    @Override
    public int fast(byte[] bytes, int from, long line) {
        return scanner.scan(bytes, from, line);
    }

    @Override
    public void slow(byte[] bytes, int from, int to, long line) throws IOException {
        String row = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        CsvReader.dataRow(line, header.names(), CsvReader.cells(row), handler);
    }
}

package io.healthscore.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/**
 * JSON Lines: clean lines by {@link JsonLineScanner}, the others through {@link JsonLinesReader}'s own line
 * handling (byte order mark on line 1, blank lines, Jackson). Lines are decoded strictly, so that a file that is
 * not UTF-8 fails with the same exception as the BufferedReader of the existing reader.
 */
final class JsonLinesFormat implements LineFormat {
    private final JsonLineScanner scanner;
    private final SinkHandler handler;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder();

    JsonLinesFormat(SinkHandler handler, MetricsSink sink) {
        this.scanner = new JsonLineScanner(sink);
        this.handler = handler;
    }

    @Override
    public int fast(byte[] bytes, int from, long line) {
        return scanner.scan(bytes, from, line);
    }

    @Override
    public void slow(byte[] bytes, int from, int to, long line) throws IOException {
        JsonLinesReader.line(utf8.decode(ByteBuffer.wrap(bytes, from, to - from)).toString(), line, handler);
    }
}

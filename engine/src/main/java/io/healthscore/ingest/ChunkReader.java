package io.healthscore.ingest;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads one chunk in large blocks and hands each whole line to the fast scan, or when that is unsure to the
 * existing reader. A block is cut after its last '\n' and the rest carried into the next; a line longer than a
 * block grows it. The chunk's last line gets a '\n' if the file lacks one, so every scanned region ends in '\n'.
 */
final class ChunkReader {
    private final FileChannel channel;
    private final LineFormat format;
    private final AtomicLong progress;
    private byte[] bytes;

    ChunkReader(FileChannel channel, LineFormat format, AtomicLong progress, int blockBytes) {
        this.channel = channel;
        this.format = format;
        this.progress = progress;
        this.bytes = new byte[blockBytes + 1]; // + the '\n' the last line may lack
    }

    void read(Chunk chunk, long firstLine) throws IOException {
        long line = firstLine;
        int kept = 0;
        for (long position = chunk.start(); position < chunk.end(); ) {
            int length = (int) Math.min(bytes.length - 1 - kept, chunk.end() - position);
            FileChunks.read(channel, position, bytes, kept, length);
            position += length;
            int filled = kept + length;
            if (position == chunk.end() && bytes[filled - 1] != '\n') {
                bytes[filled++] = '\n';
            }
            int end = afterLastNewline(filled);
            if (end == 0) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            } else {
                line = lines(end, line);
            }
            kept = filled - end;
            System.arraycopy(bytes, end, bytes, 0, kept);
        }
    }

    /** Reads the whole lines of {@code bytes[0, end)}, numbering them from {@code first}; the next line's number. */
    private long lines(int end, long first) throws IOException {
        long line = first;
        for (int at = 0; at < end; line++) {
            int next = format.fast(bytes, at, line);
            if (next < 0) {
                int terminator = LineEnds.end(bytes, at);
                format.slow(bytes, at, terminator, line);
                next = LineEnds.after(bytes, terminator);
            }
            at = next;
        }
        progress.addAndGet(line - first);
        return line;
    }

    private int afterLastNewline(int filled) {
        for (int at = filled - 1; at >= 0; at--) {
            if (bytes[at] == '\n') {
                return at + 1;
            }
        }
        return 0;
    }
}

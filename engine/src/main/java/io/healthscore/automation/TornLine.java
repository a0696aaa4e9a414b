package io.healthscore.automation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A process killed while appending to a JSON-lines file leaves its last line incomplete. Appending after it would
 * glue the next line to the fragment, so the fragment is cut off first; the trigger it belonged to was never
 * marked delivered and is appended again in full.
 */
final class TornLine {
    private static final Logger LOG = LoggerFactory.getLogger(TornLine.class);
    private static final int CHUNK = 8_192;

    private TornLine() {
    }

    /**
     * Cuts off {@code file}'s incomplete last line, through a channel the caller holds open with a lock (closing
     * another channel on the file would release the lock).
     */
    static void repair(FileChannel channel, Path file) throws IOException {
        long size = channel.size();
        if (size == 0 || byteAt(channel, size - 1) == '\n') {
            return;
        }
        long keep = lastLineEnd(channel, size);
        channel.truncate(keep);
        LOG.warn("{}: cut off an incomplete last line ({} bytes) left by a process killed while writing;"
                + " its trigger is still pending and is written again", file, size - keep);
    }

    private static int byteAt(FileChannel channel, long position) throws IOException {
        ByteBuffer one = ByteBuffer.allocate(1);
        channel.read(one, position);
        return one.get(0);
    }

    /** The length of the file up to and including its last newline (0 when it has none). */
    private static long lastLineEnd(FileChannel channel, long size) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
        for (long end = size; end > 0; end -= CHUNK) {
            long start = Math.max(0, end - CHUNK);
            chunk.clear().limit((int) (end - start));
            channel.read(chunk, start);
            for (int index = (int) (end - start) - 1; index >= 0; index--) {
                if (chunk.get(index) == '\n') {
                    return start + index + 1;
                }
            }
        }
        return 0;
    }
}

package io.healthscore.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;

/** Cuts a file into chunks at line boundaries, one per reading thread, and reads their bytes. */
final class FileChunks {
    private static final int PROBE_BYTES = 8 * 1024;

    private FileChunks() {
    }

    /**
     * {@code count} chunks covering {@code [from, size)} in order, of about equal length; a chunk is empty when the
     * lines are too few or too long to go round. A cut always falls after a '\n', so "\r\n" stays whole.
     */
    static List<Chunk> split(FileChannel channel, long from, int count) throws IOException {
        long size = channel.size();
        List<Chunk> chunks = new ArrayList<>(count);
        long start = from;
        for (int index = 1; index < count; index++) {
            long end = Math.max(start, afterNextNewline(channel, from + (size - from) * index / count, size));
            chunks.add(new Chunk(start, end));
            start = end;
        }
        chunks.add(new Chunk(start, size));
        return chunks;
    }

    /** Reads exactly {@code length} bytes at {@code position} into {@code bytes[offset..]}. */
    static int read(FileChannel channel, long position, byte[] bytes, int offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position() - offset) < 0) {
                throw new EOFException("the file became shorter while it was read");
            }
        }
        return length;
    }

    private static long afterNextNewline(FileChannel channel, long position, long size) throws IOException {
        byte[] bytes = new byte[PROBE_BYTES];
        for (long at = position; at < size; at += bytes.length) {
            int length = read(channel, at, bytes, 0, (int) Math.min(bytes.length, size - at));
            for (int index = 0; index < length; index++) {
                if (bytes[index] == '\n') {
                    return at + index + 1;
                }
            }
        }
        return size;
    }
}

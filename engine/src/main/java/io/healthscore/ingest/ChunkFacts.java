package io.healthscore.ingest;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * What must be known of a chunk before it is read: its number of lines, so that the chunks after it number
 * theirs, and whether it is plain (no '"', all ASCII), without which a CSV file is left to the existing reader.
 * Counted eight bytes at a time.
 */
final class ChunkFacts {
    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;
    private static final long QUOTES = 0x2222222222222222L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x7F7F7F7F7F7F7F7FL;

    private long lines;
    private boolean returnPending;
    private long quotes;
    private long bytesOr;

    private ChunkFacts() {
    }

    static ChunkFacts of(FileChannel channel, Chunk chunk, byte[] buffer) throws IOException {
        ChunkFacts facts = new ChunkFacts();
        for (long at = chunk.start(); at < chunk.end(); ) {
            int length = FileChunks.read(channel, at, buffer, 0, (int) Math.min(buffer.length, chunk.end() - at));
            facts.add(buffer, length);
            at += length;
        }
        if (facts.returnPending) {
            facts.lines++; // a '\r' at the very end of the file ends its last line
        }
        return facts;
    }

    /** Line terminators in the chunk: '\n', and '\r' not followed by '\n'. */
    long lines() {
        return lines;
    }

    boolean plain() {
        return quotes == 0 && (bytesOr & HIGH_BITS) == 0;
    }

    private void add(byte[] bytes, int length) {
        if (returnPending && bytes[0] != '\n') {
            lines++;
        }
        returnPending = false;
        int at = 0;
        for (; at + Long.BYTES <= length; at += Long.BYTES) {
            long word = (long) WORDS.get(bytes, at);
            lines += Long.bitCount(equal(word, NEWLINES));
            if (equal(word, RETURNS) != 0) {
                returns(bytes, at, at + Long.BYTES, length);
            }
            quotes |= equal(word, QUOTES);
            bytesOr |= word;
        }
        for (; at < length; at++) {
            lines += bytes[at] == '\n' ? 1 : 0;
            quotes |= bytes[at] == '"' ? 1 : 0;
            bytesOr |= bytes[at];
        }
        returns(bytes, length & -Long.BYTES, length, length);
    }

    private void returns(byte[] bytes, int from, int to, int length) {
        for (int at = from; at < to; at++) {
            if (bytes[at] == '\r') {
                if (at + 1 == length) {
                    returnPending = true;
                } else if (bytes[at + 1] != '\n') {
                    lines++;
                }
            }
        }
    }

    /** 0x80 in each byte of {@code word} equal to that of {@code pattern}, exactly (no borrow between bytes). */
    private static long equal(long word, long pattern) {
        long difference = word ^ pattern;
        return ~(((difference & LOW_BITS) + LOW_BITS) | difference) & HIGH_BITS;
    }
}

package io.healthscore.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Reads and validates a metrics file ({@code .jsonl} or {@code .csv}) fast: the file is cut into one chunk per
 * thread at line boundaries, clean records are recognised in bytes, and every other line goes to the existing
 * readers and {@link MetricsRecord}, so that what is accepted, what is rejected and why are exactly theirs.
 * A CSV file with a quote or a non-ASCII byte anywhere, or without a plain header, is read by {@link CsvReader}.
 */
final class MetricsFileReader {
    private static final int BLOCK_BYTES = 1 << 20;

    private final int threads;
    private final int blockBytes;

    MetricsFileReader(int threads) {
        this(threads, BLOCK_BYTES);
    }

    /** {@code blockBytes}: how much a thread reads at a time; small in tests, to cut lines at block ends. */
    MetricsFileReader(int threads, int blockBytes) {
        if (threads < 1 || blockBytes < 1) {
            throw new IllegalArgumentException("threads and block size must be positive, got " + threads + " and " + blockBytes);
        }
        this.threads = threads;
        this.blockBytes = blockBytes;
    }

    /** True for the formats this reader reads: JSON Lines and CSV, by extension as {@link RecordReader} chooses. */
    static boolean reads(Path file) {
        RecordReader reader = RecordReader.forFile(file);
        return reader instanceof JsonLinesReader || reader instanceof CsvReader;
    }

    /**
     * Reads the file; chunk {@code i}'s valid records go to {@code sinks.apply(i)} on that chunk's thread (a file
     * left to the existing reader as a whole: all to {@code sinks.apply(0)}, on the caller's thread). Adds the
     * lines read to {@code progress} as it goes (such a whole file: its records, at the end). Answers the
     * rejections in line order.
     */
    List<Rejection> read(Path file, IntFunction<MetricsSink> sinks, AtomicLong progress) {
        boolean csv = RecordReader.forFile(file) instanceof CsvReader;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            CsvHeader header = csv ? CsvHeader.read(channel) : null;
            if (csv && header == null) {
                return whole(file, sinks.apply(0), progress);
            }
            List<Chunk> chunks = FileChunks.split(channel, csv ? header.dataStart() : 0, threads);
            List<ChunkFacts> facts = csv || threads > 1 ? facts(channel, chunks) : List.of();
            if (csv && !facts.stream().allMatch(ChunkFacts::plain)) {
                return whole(file, sinks.apply(0), progress);
            }
            long[] firstLines = firstLines(csv ? 2 : 1, facts, chunks.size());
            Formats formats = csv ? (handler, sink) -> new CsvRowsFormat(header, handler, sink) : JsonLinesFormat::new;
            return readChunks(file, channel, chunks, firstLines, formats, sinks, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private interface Formats {
        LineFormat of(SinkHandler handler, MetricsSink sink);
    }

    private List<Rejection> readChunks(Path file, FileChannel channel, List<Chunk> chunks, long[] firstLines,
            Formats formats, IntFunction<MetricsSink> sinks, AtomicLong progress) throws IOException {
        List<MetricsSink> chunkSinks = new ArrayList<>();
        for (int index = 0; index < chunks.size(); index++) {
            chunkSinks.add(sinks.apply(index));
        }
        List<List<Rejection>> rejections = ChunkThreads.run(chunks.size(), index -> {
            SinkHandler handler = new SinkHandler(file.toString(), chunkSinks.get(index));
            LineFormat format = formats.of(handler, chunkSinks.get(index));
            new ChunkReader(channel, format, progress, blockBytes).read(chunks.get(index), firstLines[index]);
            return handler.rejections();
        });
        // chunks follow each other in the file, so their rejections joined in chunk order are in line order
        return rejections.stream().flatMap(List::stream).toList();
    }

    private List<ChunkFacts> facts(FileChannel channel, List<Chunk> chunks) throws IOException {
        return ChunkThreads.run(chunks.size(), index -> ChunkFacts.of(channel, chunks.get(index), new byte[blockBytes]));
    }

    /** The number of each chunk's first line, from the lines of the chunks before it. */
    private static long[] firstLines(long first, List<ChunkFacts> facts, int chunks) {
        long[] firstLines = new long[chunks];
        firstLines[0] = first;
        for (int index = 1; index < chunks; index++) {
            firstLines[index] = firstLines[index - 1] + facts.get(index - 1).lines();
        }
        return firstLines;
    }

    /** The whole file through the existing reader, on the caller's thread, into the first chunk's sink. */
    private static List<Rejection> whole(Path file, MetricsSink sink, AtomicLong progress) {
        SinkHandler handler = new SinkHandler(file.toString(), sink);
        RecordReader.forFile(file).read(file, handler);
        progress.addAndGet(handler.records());
        return handler.rejections();
    }
}

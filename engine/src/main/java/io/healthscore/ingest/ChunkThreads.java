package io.healthscore.ingest;

import io.healthscore.DaemonThreads;
import io.healthscore.HealthscoreException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one piece of work per chunk, each on a thread of its own (a single chunk on the caller's thread), and
 * answers the results in chunk order. When several fail, the earliest chunk's failure is thrown, after all have
 * stopped, as reading the file from the start would have met it first.
 */
final class ChunkThreads {
    private ChunkThreads() {
    }

    interface Work<R> {
        R run(int index) throws IOException;
    }

    static <R> List<R> run(int chunks, Work<R> work) throws IOException {
        if (chunks == 1) {
            return List.of(work.run(0));
        }
        Object[] results = new Object[chunks];
        Throwable[] failures = new Throwable[chunks];
        List<Thread> threads = new ArrayList<>(chunks);
        for (int index = 0; index < chunks; index++) {
            threads.add(start(index, work, results, failures));
        }
        joinAll(threads);
        rethrowFirst(failures);
        @SuppressWarnings("unchecked")
        List<R> ordered = (List<R>) Arrays.asList(results);
        return ordered;
    }

    private static <R> Thread start(int chunk, Work<R> work, Object[] results, Throwable[] failures) {
        Thread thread = DaemonThreads.named("healthscore-ingest-read-" + chunk).newThread(() -> {
            try {
                results[chunk] = work.run(chunk);
            } catch (IOException | RuntimeException | Error e) {
                failures[chunk] = e; // rethrown on the caller's thread
            }
        });
        thread.start();
        return thread;
    }

    private static void joinAll(List<Thread> threads) {
        try {
            for (Thread thread : threads) {
                thread.join();
            }
        } catch (InterruptedException e) {
            threads.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new HealthscoreException("ingest was interrupted", e);
        }
    }

    private static void rethrowFirst(Throwable[] failures) throws IOException {
        for (Throwable failure : failures) {
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
        }
    }
}

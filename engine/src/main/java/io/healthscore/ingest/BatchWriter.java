package io.healthscore.ingest;

import io.healthscore.DaemonThreads;
import io.healthscore.HealthscoreException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Stores batches on a thread of its own, in submission order, so that parsing the next batch overlaps with
 * writing this one. At most {@code inFlight} batches wait; a failed write is rethrown by the next call.
 */
final class BatchWriter<T> implements AutoCloseable {
    private final Consumer<List<T>> store;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            DaemonThreads.named("healthscore-ingest-write"));
    private final Semaphore slots;
    private Future<?> last;

    BatchWriter(Consumer<List<T>> store, int inFlight) {
        this.store = store;
        this.slots = new Semaphore(inFlight);
    }

    void submit(List<T> batch) {
        failIfFailed();
        slots.acquireUninterruptibly();
        last = thread.submit(() -> {
            try {
                store.accept(batch);
            } finally {
                slots.release();
            }
        });
    }

    /** Waits until every submitted batch is stored. */
    void finish() {
        if (last != null) {
            await(last);
        }
    }

    private void failIfFailed() {
        if (last != null && last.isDone()) {
            await(last);
        }
    }

    private static void await(Future<?> batch) {
        try {
            batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HealthscoreException("ingest was interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new HealthscoreException("ingest failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}

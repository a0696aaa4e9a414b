package io.healthscore.automation;

import io.healthscore.DaemonThreads;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In {@code serve}: every poll interval, delivers what is due (retries whose time has come, re-queued dead
 * triggers, triggers a killed process left). Each node runs one; the dispatcher's claims keep them apart.
 */
public final class DeliveryLoop implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLoop.class);

    private final ScheduledExecutorService executor;

    private DeliveryLoop(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    public static DeliveryLoop start(Dispatcher dispatcher, Duration poll) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                DaemonThreads.named("healthscore-delivery"));
        executor.scheduleWithFixedDelay(() -> deliver(dispatcher), poll.toMillis(), poll.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.info("delivering due triggers every {}", poll);
        return new DeliveryLoop(executor);
    }

    private static void deliver(Dispatcher dispatcher) {
        try {
            DeliveryCounts counts = dispatcher.deliverDue();
            if (counts.total() > 0) {
                LOG.info("delivery of due triggers: {}", counts);
            }
        } catch (RuntimeException e) {
            // the store may be briefly away; what is due stays due and the next poll tries again
            LOG.warn("delivery of due triggers failed, trying again at the next poll: {}", e.getMessage());
            LOG.debug("delivery of due triggers failed", e);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("delivery still running after 60 s; its claimed triggers are freed when their lease ends");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}

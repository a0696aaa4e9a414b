package io.healthscore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** Background threads are named daemons that run with the log context of the code that asked for them. */
class DaemonThreadsTest {
    @AfterEach
    void clearContext() {
        MDC.clear();
    }

    @Test
    void should_run_pool_tasks_with_the_callers_run_id_on_named_daemon_threads() throws Exception {
        MDC.put("run", "r-2026-10-1");
        ThreadFactory threads = DaemonThreads.named("healthscore-score");
        MDC.remove("run");
        ExecutorService pool = Executors.newFixedThreadPool(2, threads);
        try {
            CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> Thread.currentThread().getName()
                    + " daemon=" + Thread.currentThread().isDaemon() + " run=" + MDC.get("run"), pool);

            assertThat(seen.get()).isEqualTo("healthscore-score daemon=true run=r-2026-10-1");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_run_without_a_run_id_when_the_caller_had_none() throws Exception {
        ThreadFactory threads = DaemonThreads.named("healthscore-delivery");
        MDC.put("run", "r-later");
        AtomicReference<Map<String, String>> seen = new AtomicReference<>(Map.of("run", "not run"));
        Thread thread = threads.newThread(() -> seen.set(MDC.getCopyOfContextMap()));
        thread.start();
        thread.join();

        assertThat(seen.get()).isNullOrEmpty();
    }
}

package io.healthscore;

import java.util.Map;
import java.util.concurrent.ThreadFactory;
import org.slf4j.MDC;

/**
 * The engine's background threads: daemons, so that none keeps the JVM alive, named for their work, and running
 * with the log context (the run id) of the code that asked for them, so that their log lines name the run.
 */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /** Daemon threads called {@code name}, each running with the MDC its caller has now. */
    public static ThreadFactory named(String name) {
        Map<String, String> context = MDC.getCopyOfContextMap();
        return work -> {
            Thread thread = new Thread(() -> runWith(context, work), name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void runWith(Map<String, String> context, Runnable work) {
        if (context == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(context);
        }
        try {
            work.run();
        } finally {
            MDC.clear();
        }
    }
}

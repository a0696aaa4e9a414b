import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples of a JFR recording: samples per thread, per library (by the top frame's package),
 * the hottest methods by self time, and the hottest methods by inclusive time, both for all code and for
 * healthscore's own methods (which callers the time is spent under). JDK only:
 *
 * <pre>java bench/Hotspots.java FILE.jfr [TOP] [METHOD...]</pre>
 *
 * Each METHOD (a full name such as {@code io.healthscore.store.MetricsRepository.upsert}) is drilled into: the
 * share of the samples under it that each of its direct callees takes (the rest is its own code).
 */
public final class Hotspots {
    private static final String[][] LIBRARIES = {
            {"org.h2.", "H2"}, {"org.drools.", "Drools"}, {"org.kie.", "Drools"}, {"org.mvel2.", "Drools (mvel)"},
            {"com.fasterxml.jackson.", "Jackson"}, {"io.healthscore.", "healthscore"}, {"com.zaxxer.", "HikariCP"},
            {"org.flywaydb.", "Flyway"}, {"ch.qos.logback.", "Logback"}, {"picocli.", "picocli"},
            {"java.math.", "JDK BigDecimal"}, {"java.util.", "JDK collections"}, {"java.", "JDK other"},
            {"jdk.", "JDK other"}, {"sun.", "JDK other"}};

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java bench/Hotspots.java FILE.jfr [TOP]");
            System.exit(2);
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        List<String> drills = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
        Map<String, Map<String, Long>> callees = new HashMap<>();
        Map<String, Long> drillTotals = new HashMap<>();
        Map<String, Long> threads = new HashMap<>();
        Map<String, Long> libraries = new HashMap<>();
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> inclusive = new HashMap<>();
        Map<String, Long> ownInclusive = new HashMap<>();
        long samples = 0;
        long gcs = 0;
        java.time.Duration gcPauses = java.time.Duration.ZERO;
        long maxHeapAfterGc = 0;
        try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                String type = event.getEventType().getName();
                if (type.equals("jdk.GarbageCollection")) {
                    gcs++;
                    gcPauses = gcPauses.plus(event.getDuration("sumOfPauses"));
                    continue;
                }
                if (type.equals("jdk.GCHeapSummary") && "After GC".equals(event.getString("when"))) {
                    maxHeapAfterGc = Math.max(maxHeapAfterGc, event.getLong("heapUsed"));
                    continue;
                }
                if (!type.equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                String thread = event.getThread("sampledThread") == null ? "?"
                        : event.getThread("sampledThread").getJavaName();
                threads.merge(thread == null ? "?" : thread.replaceAll("-\\d+$", "-N"), 1L, Long::sum);
                List<RecordedFrame> frames = stack.getFrames();
                for (String drill : drills) {
                    // the outermost call of the method: frames run from the top (callee) to the bottom (caller)
                    for (int index = frames.size() - 1; index >= 0; index--) {
                        if (name(frames.get(index)).equals(drill)) {
                            String callee = index == 0 ? "(self)" : name(frames.get(index - 1));
                            callees.computeIfAbsent(drill, key -> new HashMap<>()).merge(callee, 1L, Long::sum);
                            drillTotals.merge(drill, 1L, Long::sum);
                            break;
                        }
                    }
                }
                String topMethod = name(frames.get(0));
                self.merge(topMethod, 1L, Long::sum);
                libraries.merge(library(topMethod), 1L, Long::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : frames) {
                    String method = name(frame);
                    if (seen.add(method)) {
                        inclusive.merge(method, 1L, Long::sum);
                        if (method.startsWith("io.healthscore.")) {
                            ownInclusive.merge(method, 1L, Long::sum);
                        }
                    }
                }
            }
        }
        System.out.printf("%s: %,d CPU samples; %,d GCs, %.1f s paused, max heap used after GC %,d MiB%n", args[0],
                samples, gcs, gcPauses.toMillis() / 1000.0, maxHeapAfterGc >> 20);
        print("threads", threads, samples, top);
        print("by library (top frame)", libraries, samples, top);
        print("self (top frame)", self, samples, top);
        print("inclusive, any code", inclusive, samples, top);
        print("inclusive, healthscore code", ownInclusive, samples, top);
        for (String drill : drills) {
            long total = drillTotals.getOrDefault(drill, 0L);
            print(String.format("under %s (%,d samples = 100%%)", drill, total), callees.getOrDefault(drill, Map.of()),
                    total, top);
        }
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static String library(String method) {
        for (String[] library : LIBRARIES) {
            if (method.startsWith(library[0])) {
                return library[1];
            }
        }
        return "other";
    }

    private static void print(String title, Map<String, Long> counts, long samples, int top) {
        System.out.printf("%n-- %s%n", title);
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        for (Map.Entry<String, Long> entry : sorted.subList(0, Math.min(top, sorted.size()))) {
            System.out.printf("%6.1f%% %8d  %s%n", 100.0 * entry.getValue() / Math.max(1, samples), entry.getValue(),
                    entry.getKey());
        }
    }
}

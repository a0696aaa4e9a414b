import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The read-and-validate half of ingest alone, without the store: the existing path (record reader +
 * MetricsRecord.parse per record) beside the fast MetricsFileReader with 1 and 2 threads, in the same JVM, with
 * wall time and process CPU time per record. Run from the repository root after a build:
 *
 * <pre>java -cp 'engine/target/healthscore.jar:engine/target/lib/*' bench/ReadThroughput.java FILE... [--passes N] [--old-passes N]</pre>
 *
 * The reader and its sink interface are package-private, and a reflective proxy as sink would cost more than
 * the parse; so a small counting sink is compiled into the package here, and loaded with the engine jar by one
 * class loader (one runtime package).
 */
public final class ReadThroughput {
    private static final String PROBE = """
            package io.healthscore.ingest;

            import java.nio.file.Path;
            import java.util.List;
            import java.util.concurrent.atomic.AtomicLong;

            public final class ReadProbe {
                /** {accepted, rejected} through the fast reader. */
                public static long[] fast(Path file, int threads) {
                    Counting[] sinks = new Counting[threads];
                    List<Rejection> rejections = new MetricsFileReader(threads).read(file,
                            chunk -> sinks[chunk] = new Counting(), new AtomicLong());
                    long accepted = 0;
                    for (Counting sink : sinks) {
                        accepted += sink == null ? 0 : sink.records;
                    }
                    return new long[] {accepted, rejections.size()};
                }

                /** {accepted, rejected} through the existing reader and MetricsRecord.parse, as Ingester does. */
                public static long[] old(Path file) {
                    Counting sink = new Counting();
                    SinkHandler handler = new SinkHandler(file.toString(), sink);
                    RecordReader.forFile(file).read(file, handler);
                    return new long[] {sink.records, handler.rejections().size()};
                }

                private static final class Counting implements MetricsSink {
                    long records;
                    long checksum;

                    @Override
                    public void week(String company, long epochDay, long login, long adoption, long nps, long line) {
                        records++;
                        checksum += company.length() + epochDay + login + adoption + nps + line;
                    }
                }
            }
            """;

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        int passes = 3;
        int oldPasses = 2;
        for (int index = 0; index < args.length; index++) {
            switch (args[index]) {
                case "--passes" -> passes = Integer.parseInt(args[++index]);
                case "--old-passes" -> oldPasses = Integer.parseInt(args[++index]);
                default -> files.add(Path.of(args[index]));
            }
        }
        Class<?> probe = compileProbe();
        Method fast = probe.getMethod("fast", Path.class, int.class);
        Method old = probe.getMethod("old", Path.class);
        System.out.printf("load average before: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
        for (Path file : files) {
            System.out.printf("%n%s (%,d bytes)%n", file, Files.size(file));
            time("fast, 1 thread ", passes, () -> (long[]) fast.invoke(null, file, 1));
            time("fast, 2 threads", passes, () -> (long[]) fast.invoke(null, file, 2));
            time("old path       ", oldPasses, () -> (long[]) old.invoke(null, file));
        }
        System.out.printf("%nload average after: %s%n", Files.readString(Path.of("/proc/loadavg")).trim());
    }

    interface Pass {
        long[] run() throws Exception;
    }

    /** A warm-up pass, then {@code passes} measured ones. */
    private static void time(String what, int passes, Pass pass) throws Exception {
        for (int number = 0; number <= passes; number++) {
            long cpu = cpu();
            long started = System.nanoTime();
            long[] counts = pass.run();
            double wall = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (cpu() - cpu) / 1e9;
            long records = counts[0] + counts[1];
            System.out.printf("  %s pass %d: %,d accepted, %,d rejected; %6.2f s wall (%.3f us/record), %6.2f s CPU (%.3f us/record)%s%n",
                    what, number, counts[0], counts[1], wall, wall * 1e6 / records, cpuSeconds, cpuSeconds * 1e6 / records,
                    number == 0 ? " [warm-up]" : "");
        }
    }

    private static Class<?> compileProbe() throws Exception {
        Path folder = Files.createTempDirectory("read-throughput");
        Path source = folder.resolve("io/healthscore/ingest/ReadProbe.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, PROBE, StandardCharsets.UTF_8);
        String classPath = System.getProperty("java.class.path");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler.run(null, null, null, "-cp", classPath, "-d", folder.toString(), source.toString()) != 0) {
            throw new IllegalStateException("the probe does not compile against " + classPath);
        }
        List<URL> urls = new ArrayList<>(List.of(folder.toUri().toURL()));
        for (String entry : classPath.split(File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        // parent: the platform loader, so that the engine's classes and the probe share this loader
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        return loader.loadClass("io.healthscore.ingest.ReadProbe");
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}

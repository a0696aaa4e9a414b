import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Map;

/**
 * The read-and-validate half of ingest alone, without the store: runs the engine's own record reader and
 * MetricsRecord.parse (package-private, reached by reflection) over a metrics file, three times, and prints
 * wall and CPU time per record. Run from the repository root after a build:
 *
 * <pre>java -cp 'engine/target/healthscore.jar:engine/target/lib/*' bench/ParseThroughput.java FILE</pre>
 */
public final class ParseThroughput {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Class<?> readerType = Class.forName("io.healthscore.ingest.RecordReader");
        Class<?> handlerType = Class.forName("io.healthscore.ingest.RecordReader$Handler");
        Method forFile = readerType.getDeclaredMethod("forFile", Path.class);
        Method read = readerType.getDeclaredMethod("read", Path.class, handlerType);
        Method parse = Class.forName("io.healthscore.ingest.MetricsRecord").getDeclaredMethod("parse", Map.class);
        forFile.setAccessible(true);
        read.setAccessible(true);
        parse.setAccessible(true);
        for (int pass = 1; pass <= 3; pass++) {
            long[] counts = new long[2];
            Object handler = Proxy.newProxyInstance(handlerType.getClassLoader(), new Class<?>[] {handlerType},
                    (proxy, method, arguments) -> {
                        if (method.getName().equals("record")) {
                            parse.invoke(null, arguments[2]);
                            counts[0]++;
                        } else if (method.getName().equals("unreadable")) {
                            counts[1]++;
                        }
                        return null;
                    });
            long cpu = cpu();
            long started = System.nanoTime();
            read.invoke(forFile.invoke(null, file), file, handler);
            double wall = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (cpu() - cpu) / 1e9;
            System.out.printf("pass %d: %,d records (%,d unreadable) read and validated in %.2f s wall (%.2f us/record),"
                    + " %.2f s CPU%s%n", pass, counts[0], counts[1], wall, wall * 1e6 / counts[0], cpuSeconds,
                    pass == 1 ? " [warm-up]" : "");
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}

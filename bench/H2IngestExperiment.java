import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * What the embedded store costs per weekly record, and what a different write path would save: loads N companies
 * x 9 weeks (week after week, as the generator writes them) into a fresh H2 file with the engine's schema, the way
 * one variant says, and prints wall and process CPU time (H2's background threads included). A diagnosis aid
 * for the ingest target, not engine code. Run one variant per JVM from the repository root:
 *
 * <pre>java -cp 'engine/target/lib/*' bench/H2IngestExperiment.java VARIANT [N]</pre>
 *
 * Variants: as-is (what MetricsRepository does today: per 5,000 records one transaction, INSERT-if-absent of
 * the batch's companies, MERGE of the records), no-month-index, no-fk, known-cache (companies made known once
 * per process), batch-50k, insert-only (plain INSERT, the floor for row-at-a-time SQL), one-index (the primary
 * key (year_month, company_id, week) serves both upsert and month read; no FK; known cache), bulk (INSERT ...
 * SELECT from an in-memory staging table per 50,000 rows, set-based), heap (plain INSERT into a table with no key,
 * no index, no FK, no company rows: the floor of H2 row inserts through JDBC), heap-then-index (heap, then the
 * primary key and the month index built at the end, as a bulk load into an empty store could).
 */
public final class H2IngestExperiment {
    private static final int WEEKS = 9;
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 8, 31);

    public static void main(String[] args) throws Exception {
        String variant = args[0];
        int companies = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        Path folder = Path.of("/tmp/h2-ingest-experiment-" + variant);
        delete(folder);
        Files.createDirectories(folder);
        String url = "jdbc:h2:file:" + folder.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        long cpu0 = cpu();
        long t0 = System.nanoTime();
        long closeNanos;
        try (Connection connection = DriverManager.getConnection(url)) {
            schema(connection, variant);
            connection.setAutoCommit(false);
            int batch = variant.equals("batch-50k") || variant.equals("bulk") ? 50_000 : 5_000;
            Loader loader = new Loader(connection, variant, batch);
            for (int week = 0; week < WEEKS; week++) {
                LocalDate monday = FIRST_MONDAY.plusWeeks(week);
                String month = monday.plusDays(6).toString().substring(0, 7);
                for (int company = 1; company <= companies; company++) {
                    loader.add(String.format("c%07d", company), monday, month, company, week);
                }
            }
            loader.flush();
            if (variant.equals("heap-then-index")) {
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("ALTER TABLE weekly_metrics ADD PRIMARY KEY (company_id, week)");
                    ddl.execute("CREATE INDEX weekly_metrics_by_month ON weekly_metrics (year_month, company_id)");
                }
                connection.commit();
            }
            long loaded = System.nanoTime();
            System.out.printf("%-15s %,d records: load %.1f s wall, %.1f s CPU (%.1f us CPU/record, %,d records/CPU-s)%n",
                    variant, (long) companies * WEEKS, (loaded - t0) / 1e9, (cpu() - cpu0) / 1e9,
                    (cpu() - cpu0) / 1e3 / companies / WEEKS, (long) (companies * WEEKS / ((cpu() - cpu0) / 1e9)));
            closeNanos = System.nanoTime();
        }
        System.out.printf("%-15s close %.1f s; file %,d MB; total %.1f s wall, %.1f s CPU%n", variant,
                (System.nanoTime() - closeNanos) / 1e9, Files.size(folder.resolve("db.mv.db")) >> 20,
                (System.nanoTime() - t0) / 1e9, (cpu() - cpu0) / 1e9);
        delete(folder);
    }

    private static void schema(Connection connection, String variant) throws SQLException {
        boolean heap = variant.startsWith("heap");
        boolean fk = !heap && !Set.of("no-fk", "one-index").contains(variant);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE companies (id VARCHAR(64) NOT NULL PRIMARY KEY, name VARCHAR(200),"
                    + " owner VARCHAR(320), contact VARCHAR(320), segment VARCHAR(100),"
                    + " first_seen TIMESTAMP WITH TIME ZONE NOT NULL)");
            String key = variant.equals("one-index") ? ", PRIMARY KEY (year_month, company_id, week)"
                    : heap ? "" : ", PRIMARY KEY (company_id, week)";
            ddl.execute("CREATE TABLE weekly_metrics (company_id VARCHAR(64) NOT NULL"
                    + (fk ? " REFERENCES companies (id)" : "") + ", week DATE NOT NULL, year_month VARCHAR(7) NOT NULL,"
                    + " login NUMERIC(10,6) NOT NULL, adoption NUMERIC(10,6) NOT NULL, nps NUMERIC(10,6),"
                    + " ingested_at TIMESTAMP WITH TIME ZONE NOT NULL" + key + ")");
            if (!heap && !Set.of("no-month-index", "one-index").contains(variant)) {
                ddl.execute("CREATE INDEX weekly_metrics_by_month ON weekly_metrics (year_month, company_id)");
            }
            if (variant.equals("bulk")) {
                ddl.execute("CREATE MEMORY LOCAL TEMPORARY TABLE staging (company_id VARCHAR(64), week DATE,"
                        + " year_month VARCHAR(7), login NUMERIC(10,6), adoption NUMERIC(10,6), nps NUMERIC(10,6))");
            }
        }
    }

    private static final class Loader {
        private final Connection connection;
        private final String variant;
        private final int batchSize;
        private final PreparedStatement ensureKnown;
        private final PreparedStatement write;
        private final Set<String> known = new HashSet<>();
        private final Set<String> batchIds = new LinkedHashSet<>();
        private int pending;

        Loader(Connection connection, String variant, int batchSize) throws SQLException {
            this.connection = connection;
            this.variant = variant;
            this.batchSize = batchSize;
            this.ensureKnown = connection.prepareStatement(
                    "INSERT INTO companies (id, first_seen) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM companies WHERE id = ?)");
            String sql = switch (variant) {
                case "insert-only", "heap", "heap-then-index" -> "INSERT INTO weekly_metrics (company_id, week, year_month, login, adoption, nps,"
                        + " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
                case "one-index" -> "MERGE INTO weekly_metrics (company_id, week, year_month, login, adoption, nps,"
                        + " ingested_at) KEY (year_month, company_id, week) VALUES (?, ?, ?, ?, ?, ?, ?)";
                case "bulk" -> "INSERT INTO staging (company_id, week, year_month, login, adoption, nps)"
                        + " VALUES (?, ?, ?, ?, ?, ?)";
                default -> "MERGE INTO weekly_metrics (company_id, week, year_month, login, adoption, nps, ingested_at)"
                        + " KEY (company_id, week) VALUES (?, ?, ?, ?, ?, ?, ?)";
            };
            this.write = connection.prepareStatement(sql);
        }

        void add(String id, LocalDate monday, String month, int company, int week) throws SQLException {
            SplittableRandom random = new SplittableRandom(company * 1_000_003L + week);
            boolean cache = Set.of("known-cache", "one-index", "bulk").contains(variant);
            if (!variant.startsWith("heap") && (!cache || known.add(id))) {
                batchIds.add(id);
            }
            write.setString(1, id);
            write.setDate(2, Date.valueOf(monday));
            write.setString(3, month);
            write.setBigDecimal(4, BigDecimal.valueOf(random.nextInt(10_001), 2));
            write.setBigDecimal(5, BigDecimal.valueOf(random.nextInt(10_001), 2));
            write.setBigDecimal(6, random.nextDouble() < 0.3 ? BigDecimal.valueOf(random.nextInt(-100, 101)) : null);
            if (!variant.equals("bulk")) {
                write.setTimestamp(7, Timestamp.from(Instant.now()));
            }
            write.addBatch();
            if (++pending == batchSize) {
                flush();
            }
        }

        void flush() throws SQLException {
            Timestamp now = Timestamp.from(Instant.now());
            for (String id : batchIds) {
                ensureKnown.setString(1, id);
                ensureKnown.setTimestamp(2, now);
                ensureKnown.setString(3, id);
                ensureKnown.addBatch();
            }
            ensureKnown.executeBatch();
            batchIds.clear();
            write.executeBatch();
            if (variant.equals("bulk")) {
                try (PreparedStatement merge = connection.prepareStatement("MERGE INTO weekly_metrics"
                        + " (company_id, week, year_month, login, adoption, nps, ingested_at) KEY (company_id, week)"
                        + " SELECT company_id, week, year_month, login, adoption, nps, ? FROM staging");
                     Statement truncate = connection.createStatement()) {
                    merge.setTimestamp(1, now);
                    merge.executeUpdate();
                    truncate.execute("TRUNCATE TABLE staging");
                }
            }
            connection.commit();
            pending = 0;
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void delete(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}

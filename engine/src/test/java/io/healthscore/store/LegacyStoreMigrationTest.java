package io.healthscore.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.Stderr;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A store made by healthscore 0.1 (H2; see src/test/resources/stores/healthscore-0.1) is migrated on first open:
 * every row of every table is kept, and the commands print what 0.1 printed for it.
 */
class LegacyStoreMigrationTest {
    private static final String FIXTURE = "/stores/healthscore-0.1/";
    private static final SettableClock CLOCK = SettableClock.at("2026-12-02T07:00:00Z");
    private static final List<String> TABLES = List.of("companies", "assessments", "triggers", "rule_files", "runs",
            "run_shards", "overrides", "activities", "QRTZ_JOB_DETAILS", "QRTZ_TRIGGERS", "QRTZ_CRON_TRIGGERS",
            "QRTZ_LOCKS");

    @TempDir
    Path scratch;

    private Path store;

    @BeforeEach
    void unpackTheOldStore() throws IOException {
        store = scratch.resolve("store");
        Files.createDirectories(store);
        try (ZipInputStream zip = new ZipInputStream(resource("store.zip"))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Files.copy(zip, store.resolve(entry.getName()));
            }
        }
    }

    @Test
    void should_keep_every_row_of_every_table_when_the_store_is_migrated() throws SQLException {
        Map<String, List<String>> before = new HashMap<>();
        // the fixture has rows in every table but QRTZ_LOCKS (0.1 never took a lock row on H2)
        Map<String, Integer> types = new HashMap<>();
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + store.resolve("healthscore")
                + ";ACCESS_MODE_DATA=r")) {
            for (String table : TABLES) {
                before.put(table, rows(h2, "SELECT * FROM " + table, types));
            }
            assertThat(TABLES.stream().filter(table -> before.get(table).isEmpty())).containsExactly("QRTZ_LOCKS");
            before.put("weeks", rows(h2, "SELECT company_id, year_month, week, login, adoption, nps FROM weekly_metrics",
                    types));
        }

        try (Database database = Database.open(StoreLocation.parse(store.toString()));
             Connection sqlite = database.dataSource().getConnection()) {
            for (String table : TABLES) {
                assertThat(rows(sqlite, "SELECT * FROM " + table, types, true)).as(table)
                        .containsExactlyElementsOf(before.get(table));
            }
            assertThat(packedWeeks(sqlite)).as("weeks (641 in the fixture)").hasSize(641).containsExactlyElementsOf(before.get("weeks"));
        }
        assertThat(store.resolve("healthscore.mv.db.migrated")).isRegularFile();
        assertThat(store.resolve("healthscore.mv.db")).doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"history acme --json", "history cyberdyne --json", "history hooli --json",
            "history newco --json", "history globex --json", "explain cyberdyne --month 2026-10 --json",
            "explain acme --month 2026-10 --json", "companies --month 2026-07 --json",
            "companies --month 2026-10 --json", "companies --month 2026-11 --json", "triggers --json --limit 1000",
            "runs --json"})
    void should_print_what_healthscore_0_1_printed_when_the_migrated_store_is_read(String command) throws IOException {
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--store", store.toString()));

        CliRun run = CliRun.run(CLOCK, args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(withoutFieldsAddedSince(run.out())).isEqualTo(expected(command));
    }

    @Test
    void should_report_what_healthscore_0_1_reported_when_the_migrated_store_is_read() throws IOException {
        CliRun run = CliRun.run(CLOCK, "report", "--month", "2026-10", "--format", "json", "--store", store.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(withoutGenerated(withoutFieldsAddedSince(run.out())))
                .isEqualTo(withoutGenerated(namingTheRules(expected("report-2026-10"))));
    }

    @Test
    void should_migrate_once_and_keep_the_data_when_the_store_is_opened_again() throws SQLException {
        StoreLocation location = StoreLocation.parse(store.toString());
        try (Database first = Database.open(location)) {
            new MetricsRepository(first).store(List.of(io.healthscore.testhelper.DefaultRules.week(
                    "acme", "2026-11-09", "71", "66", null)), CLOCK.instant());
        }

        try (Database again = Database.open(location); Connection sqlite = again.dataSource().getConnection()) {
            assertThat(new MetricsRepository(again).weeks(io.healthscore.company.CompanyId.of("acme"),
                    java.time.YearMonth.of(2026, 11))).hasSize(2);
            assertThat(rows(sqlite, "SELECT id FROM overrides", new HashMap<>())).containsExactly("{id=1}", "{id=2}");
        }
    }

    @Test
    void should_fail_naming_the_store_and_keep_the_h2_file_when_it_cannot_be_read() throws IOException {
        Path broken = scratch.resolve("broken");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("healthscore.mv.db"), "not an H2 file");

        CliRun run = CliRun.run(CLOCK, "runs", "--store", broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains(broken.toString())
                .contains("cannot migrate store").contains("is unchanged");
        Stderr.assertNoStackTrace(run);
        assertThat(Files.readString(broken.resolve("healthscore.mv.db"))).isEqualTo("not an H2 file");
        assertThat(broken.resolve("healthscore.db")).doesNotExist();
    }

    /** The rows of a query as sorted lines of columns by name, each value read as the H2 column type of its name. */
    private static List<String> rows(Connection connection, String sql, Map<String, Integer> types) throws SQLException {
        return rows(connection, sql, types, false);
    }

    /**
     * Every row as its columns' values; in the {@code migrated} store a column that 0.1 did not have (added by a
     * later migration) is left out, and must be empty in every migrated row.
     */
    private static List<String> rows(Connection connection, String sql, Map<String, Integer> types, boolean migrated)
            throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            ResultSetMetaData columns = rows.getMetaData();
            while (rows.next()) {
                java.util.TreeMap<String, String> values = new java.util.TreeMap<>();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    String name = columns.getColumnName(column).toLowerCase();
                    if (migrated && !types.containsKey(name)) {
                        assertThat(rows.getObject(column)).as("column " + name + " added after 0.1").isNull();
                        continue;
                    }
                    types.putIfAbsent(name, columns.getColumnType(column));
                    values.put(name, value(rows, column, types.get(name)));
                }
                lines.add(values.toString());
            }
        }
        lines.sort(null);
        return lines;
    }

    private static String value(ResultSet rows, int column, int type) throws SQLException {
        if (rows.getObject(column) == null) {
            return "null";
        }
        return switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE -> rows.getObject(column) instanceof Number micros
                    ? Sql.ofMicros(micros.longValue()).toString()
                    : rows.getObject(column, OffsetDateTime.class).toInstant().toString();
            case Types.NUMERIC, Types.DECIMAL -> Sql.plain(new BigDecimal(rows.getString(column))).toPlainString();
            case Types.BOOLEAN -> String.valueOf(rows.getBoolean(column));
            case Types.VARBINARY, Types.BLOB, Types.BINARY -> HexFormat.of().formatHex(rows.getBytes(column));
            default -> rows.getString(column);
        };
    }

    /** The packed weeks as the rows of 0.1's weekly_metrics: company, month, week, login, adoption, nps. */
    private static List<String> packedWeeks(Connection sqlite) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement statement = sqlite.createStatement();
             ResultSet rows = statement.executeQuery("SELECT company_id, year_month, weeks FROM metrics")) {
            while (rows.next()) {
                for (String week : rows.getString("weeks").split(";")) {
                    String[] fields = week.split(",", -1);
                    lines.add(new java.util.TreeMap<>(Map.of("company_id", rows.getString("company_id"), "year_month",
                            rows.getString("year_month"), "week", fields[0], "login", fields[1], "adoption", fields[2],
                            "nps", fields[3].isEmpty() ? "null" : fields[3])).toString());
                }
            }
        }
        lines.sort(null);
        return lines;
    }

    private static String expected(String command) throws IOException {
        String[] words = command.split(" ");
        String name = switch (words[0]) {
            case "history" -> "history-" + words[1];
            case "explain" -> "explain-" + words[1] + "-" + words[3];
            case "companies" -> "companies-" + words[2];
            default -> words[0];
        };
        try (InputStream in = resource("expected/" + name + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * 0.1's report said {@code "rulesHash" : null} although one rule set scored the month; the report now names it
     * (and lists it in {@code rulesHashes}). Everything else is what 0.1 printed.
     */
    private static String namingTheRules(String report) {
        String hash = "749597a8a1521fa524c6113785d042dc34a9660895dcd5d693c0497e80cd1ed5";
        assertThat(report).contains("  \"rulesHash\" : null,\n");
        return report.replace("  \"rulesHash\" : null,\n",
                "  \"rulesHash\" : \"" + hash + "\",\n  \"rulesHashes\" : [ \"" + hash + "\" ],\n");
    }

    /**
     * The output without the fields added since 0.1 (the rule vocabulary's: rule set, low confidence, forced band,
     * held-back triggers, history read, coverage), each of which must have the value every 0.1 assessment has: the
     * base set, nothing forced, low-confidence or held back, no history declared.
     */
    private static String withoutFieldsAddedSince(String output) {
        String without = output;
        for (String added : List.of(",\"ruleSet\":(?:\"base\"|null)", ",\"lowConfidence\":null", ",\"bandReason\":null",
                ",\"suppressed\":\\[\\]", ",\"historyDepth\":\\{\"months\":0,\"weeks\":0\\}", ",\"history\":\\[\\]",
                ",\"coverage\":(?:null|\\{\"weeks\":\\d,\"weeksInMonth\":[45],\"lastNps\":(?:null|\"[0-9-]{10}\"),"
                        + "\"npsAgeWeeks\":(?:null|\\d+)\\})",
                ",\n  \"lowConfidenceCount\" : 0,\n  \"lowConfidence\" : \\[ \\]")) {
            without = without.replaceAll(added, "");
        }
        return without;
    }

    private static String withoutGenerated(String json) {
        return json.replaceAll("\"generatedAt\" : \"[^\"]*\"", "\"generatedAt\" : \"…\"");
    }

    private static InputStream resource(String name) {
        InputStream in = LegacyStoreMigrationTest.class.getResourceAsStream(FIXTURE + name);
        if (in == null) {
            throw new IllegalStateException("test resource " + FIXTURE + name + " is missing");
        }
        return in;
    }
}

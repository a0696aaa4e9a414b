import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The DuckDB peer of bench/run: the same work as healthscore's ingest and month run, done the "twenty-line SQL
 * job" way, so that the benchmark can print ratios taken in one run. Not part of the engine or its build.
 *
 * <pre>
 * java -cp bench/out/lib/duckdb_jdbc-VERSION.jar bench/DuckDbPeer.java ingest FILE DB       # FILE: .jsonl or .csv
 * java -cp bench/out/lib/duckdb_jdbc-VERSION.jar bench/DuckDbPeer.java month DB YYYY-MM
 * java -cp bench/out/lib/duckdb_jdbc-VERSION.jar bench/DuckDbPeer.java csv FILE.jsonl OUT.csv  # for psql \copy
 * </pre>
 *
 * The month job follows contract sections 2 and 3 for the companies that have weeks in the month (companies
 * without any are not assessed: the generated data has none) and keeps its results in the tables
 * {@code assessments} and {@code triggers} of the database file, replacing the month's rows when re-run.
 */
public class DuckDbPeer {

    /** The metrics columns. DECIMAL(9,6) holds 0-100 and -100-100 with the engine's six decimals. */
    private static final String COLUMNS = "{company: 'VARCHAR', week: 'DATE', login: 'DECIMAL(9,6)', "
            + "adoption: 'DECIMAL(9,6)', nps: 'DECIMAL(9,6)'}";

    private static final String[] BANDS = {"THRIVING", "HEALTHY", "STEADY", "AT_RISK"};

    public static void main(String[] args) throws SQLException {
        long began = System.nanoTime();
        if (args.length == 3 && args[0].equals("ingest")) {
            ingest(args[1], args[2]);
        } else if (args.length == 3 && args[0].equals("month")) {
            month(args[1], YearMonth.parse(args[2]));
        } else if (args.length == 3 && args[0].equals("csv")) {
            toCsv(args[1], args[2]);
        } else {
            System.err.println("usage: DuckDbPeer ingest FILE DB | month DB YYYY-MM | csv FILE.jsonl OUT.csv");
            System.exit(2);
        }
        System.out.printf(Locale.ROOT, "done in %.1f s (inside the JVM)%n", (System.nanoTime() - began) / 1e9);
    }

    /** One CREATE TABLE AS over DuckDB's own reader: its bulk path, the fastest way DuckDB loads a file. */
    static void ingest(String file, String db) throws SQLException {
        try (Connection connection = open(db); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS metrics");
            statement.execute("CREATE TABLE metrics AS SELECT company, week, login, adoption, nps FROM " + reader(file));
            System.out.printf(Locale.ROOT, "ingested %,d weekly records into %s%n",
                    count(statement, "SELECT count(*) FROM metrics"), db);
        }
    }

    private static String reader(String file) {
        if (file.endsWith(".csv")) {
            return "read_csv(" + quote(file) + ", header = true, columns = " + COLUMNS + ")";
        }
        return "read_json(" + quote(file) + ", format = 'newline_delimited', columns = " + COLUMNS + ")";
    }

    /**
     * The JSONL file as CSV with a header, for psql's \copy. Every field is read as text so that the numbers
     * are written as they were sent (76.01, not 76.010000), and an absent NPS becomes an empty field (NULL).
     */
    static void toCsv(String jsonl, String csv) throws SQLException {
        String text = "{company: 'VARCHAR', week: 'VARCHAR', login: 'VARCHAR', adoption: 'VARCHAR', nps: 'VARCHAR'}";
        try (Connection connection = open(""); Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT company, week, login, adoption, nps FROM read_json(" + quote(jsonl)
                    + ", format = 'newline_delimited', columns = " + text + ")) TO " + quote(csv)
                    + " (FORMAT csv, HEADER true)");
        }
        System.out.println("wrote " + csv);
    }

    /** Scores the month into assessments, derives its triggers, then prints counts to check against healthscore. */
    static void month(String db, YearMonth month) throws SQLException {
        try (Connection connection = open(db)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS assessments (company VARCHAR, month VARCHAR, "
                        + "score INTEGER, band VARCHAR, previous_band VARCHAR, previous_score INTEGER, weeks INTEGER)");
                statement.execute("CREATE TABLE IF NOT EXISTS triggers (company VARCHAR, month VARCHAR, name VARCHAR)");
            }
            connection.setAutoCommit(false);   // the month's rows are replaced all at once or not at all
            update(connection, "DELETE FROM assessments WHERE month = ?", month.toString());
            update(connection, "DELETE FROM triggers WHERE month = ?", month.toString());
            score(connection, month);
            emitTriggers(connection, month);
            connection.commit();
            connection.setAutoCommit(true);
            printCounts(connection, month);
        }
    }

    /**
     * Contract section 2. A week belongs to the month of its Sunday (Monday + 6), so the month's weeks are the
     * Mondays from the 1st - 6 to the last day - 6. The activity has 7 decimals (0.4 x DECIMAL(9,6)); DuckDB
     * divides DECIMALs in DOUBLE, so the mean is rounded half up in integers: floor((2 sum + n) / 2n) with the
     * sum in units of 1e-7 (scores are never negative, so integer division is floor).
     */
    private static void score(Connection connection, YearMonth month) throws SQLException {
        String sql = """
                INSERT INTO assessments
                WITH weekly AS (
                    SELECT company, CASE WHEN nps IS NULL THEN 0.5 * (login + adoption)
                                         ELSE 0.4 * login + 0.4 * adoption + 0.1 * (nps + 100) END AS activity
                    FROM metrics
                    WHERE week >= CAST(? AS DATE) - 6 AND week <= CAST(? AS DATE) - 6
                ), monthly AS (
                    SELECT company, count(*) AS weeks, CAST(sum(activity) * 10000000 AS BIGINT) AS units
                    FROM weekly GROUP BY company
                ), rounded AS (
                    SELECT company, weeks, CAST((2 * units + weeks * 10000000) // (2 * weeks * 10000000) AS INTEGER) AS score
                    FROM monthly
                ), previous AS (   -- the latest assessment of an earlier month
                    SELECT company, arg_max(band, month) AS band, arg_max(score, month) AS score
                    FROM assessments WHERE month < ? GROUP BY company
                )
                SELECT r.company, ?, r.score,
                       CASE WHEN r.score >= 76 THEN 'THRIVING' WHEN r.score >= 51 THEN 'HEALTHY'
                            WHEN r.score >= 26 THEN 'STEADY' ELSE 'AT_RISK' END,
                       coalesce(p.band, 'NONE'), p.score, r.weeks
                FROM rounded r LEFT JOIN previous p USING (company)
                """;
        update(connection, sql, month.atDay(1).toString(), month.atEndOfMonth().toString(), month.toString(),
                month.toString());
    }

    /** Contract section 3: two triggers per band entered, a notification per change, an alert per 15-point drop. */
    private static void emitTriggers(Connection connection, YearMonth month) throws SQLException {
        String sql = """
                INSERT INTO triggers
                WITH entered(band, name) AS (VALUES
                    ('AT_RISK', 'outreach-email'), ('AT_RISK', 'follow-up-task'),
                    ('STEADY', 'support-resources-email'), ('STEADY', 'engagement-email'),
                    ('HEALTHY', 'upsell-opportunity'), ('HEALTHY', 'loyalty-offer'),
                    ('THRIVING', 'case-study-request'), ('THRIVING', 'referral-request')
                ), scored AS (SELECT * FROM assessments WHERE month = ?)
                SELECT m.company, m.month, e.name FROM scored m JOIN entered e ON e.band = m.band
                WHERE m.band <> m.previous_band
                UNION ALL
                SELECT company, month, 'internal-notification' FROM scored WHERE band <> previous_band
                UNION ALL
                SELECT company, month, 'score-drop-alert' FROM scored WHERE score <= previous_score - 15
                """;
        update(connection, sql, month.toString());
    }

    /** The counts healthscore's run --summary prints, in its words, so bench/run can compare the two. */
    private static void printCounts(Connection connection, YearMonth month) throws SQLException {
        String m = quote(month.toString());
        try (Statement statement = connection.createStatement()) {
            long companies = count(statement, "SELECT count(*) FROM assessments WHERE month = " + m);
            long changed = count(statement, "SELECT count(*) FROM assessments WHERE month = " + m
                    + " AND band <> previous_band");
            System.out.printf(Locale.ROOT, "%s: %,d companies scored, %,d band changes%n", month, companies, changed);
            List<String> bands = new ArrayList<>();
            for (String band : BANDS) {
                bands.add(String.format(Locale.ROOT, "%s %,d", band, count(statement,
                        "SELECT count(*) FROM assessments WHERE month = " + m + " AND band = " + quote(band))));
            }
            System.out.println("  bands:    " + String.join("   ", bands));
            System.out.println("  triggers: " + triggerCounts(statement, m));
        }
    }

    private static String triggerCounts(Statement statement, String month) throws SQLException {
        List<String> names = new ArrayList<>();
        long total = 0;
        try (ResultSet rows = statement.executeQuery("SELECT name, count(*) FROM triggers WHERE month = " + month
                + " GROUP BY name ORDER BY name")) {
            while (rows.next()) {
                names.add(String.format(Locale.ROOT, "%s %,d", rows.getString(1), rows.getLong(2)));
                total += rows.getLong(2);
            }
        }
        return String.format(Locale.ROOT, "%,d emitted (%s)", total, String.join(", ", names));
    }

    private static Connection open(String db) throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:" + db);
    }

    private static void update(Connection connection, String sql, String... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A SQL string literal: table functions take no bind parameters for their file name. */
    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

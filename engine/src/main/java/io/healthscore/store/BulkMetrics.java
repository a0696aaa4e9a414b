package io.healthscore.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.LongConsumer;

/**
 * Stores a whole ingest's weeks at once, in one transaction: the companies not known yet, then each company-month
 * row, merged with what the store holds for it (a week that arrives again replaces the stored one, the other weeks
 * stay). A month the store holds nothing of yet is a plain append; on PostgreSQL it goes in by COPY, and a month
 * with stored rows is merged by one statement from a staging table. Plain JDBC throughout: a million-row ingest goes
 * through these statements, and COPY is the PostgreSQL driver's own API.
 */
public final class BulkMetrics {
    private static final int CHUNK = 5_000;
    private static final String INSERT_COMPANY = "INSERT INTO companies (id, first_seen) VALUES (?, ?)";
    private static final String KNOWN_IDS = "SELECT id FROM companies ORDER BY %s";
    private static final String MONTH_STORED = "SELECT 1 FROM metrics WHERE year_month = ? LIMIT 1";
    private static final String STORED_RANGE = """
            SELECT company_id, weeks FROM metrics WHERE year_month = ? AND company_id >= ? AND company_id <= ?""";
    private static final String INSERT_ROW = "INSERT INTO metrics (year_month, company_id, weeks, ingested_at) VALUES (?, ?, ?, ?)";
    private static final String UPSERT_ROW = INSERT_ROW
            + " ON CONFLICT (year_month, company_id) DO UPDATE SET weeks = EXCLUDED.weeks, ingested_at = EXCLUDED.ingested_at";
    private static final String PG_STAGE = """
            CREATE TEMPORARY TABLE IF NOT EXISTS staged_metrics
            (year_month VARCHAR(7), company_id VARCHAR(64), weeks VARCHAR(1000)) ON COMMIT DELETE ROWS""";
    // each stored week the arrived row does not carry again stays; the weeks are sorted by date
    private static final String PG_MERGE = """
            INSERT INTO metrics (year_month, company_id, weeks, ingested_at)
            SELECT s.year_month, s.company_id, CASE WHEN m.weeks IS NULL THEN s.weeks ELSE (
                       SELECT string_agg(week, ';' ORDER BY split_part(week, ',', 1)) FROM (
                           SELECT DISTINCT ON (split_part(week, ',', 1)) week FROM (
                               SELECT week, 1 AS newer FROM regexp_split_to_table(s.weeks, ';') AS week
                               UNION ALL SELECT week, 2 FROM regexp_split_to_table(m.weeks, ';') AS week) AS both_rows
                           ORDER BY split_part(week, ',', 1), newer) AS kept) END, ?
            FROM staged_metrics s LEFT JOIN metrics m ON m.year_month = s.year_month AND m.company_id = s.company_id
            ON CONFLICT (year_month, company_id) DO UPDATE SET weeks = EXCLUDED.weeks, ingested_at = EXCLUDED.ingested_at""";

    private final Database database;

    public BulkMetrics(Database database) {
        this.database = database;
    }

    /**
     * Stores the rows ({@code rows} sorted by month, then company, one per company and month) and makes
     * {@code companies} (sorted, distinct: every company the rows name) known. {@code progress} hears the rows stored
     * so far. Answers how many companies were new.
     */
    public long store(List<String> companies, Iterator<MonthWeeks> rows, Instant now, LongConsumer progress) {
        boolean postgres = database.dialect() == Dialect.POSTGRESQL;
        return database.inTransaction(handle -> {
            Connection connection = handle.getConnection();
            List<String> unknown = unknown(connection, companies);
            if (postgres) {
                PgCopy.in(connection, "companies (id, first_seen)", lines(unknown.iterator(),
                        id -> id + "\t" + PgCopy.time(now)));
            } else {
                insertCompanies(connection, unknown, now);
            }
            PeekingIterator months = new PeekingIterator(rows);
            long stored = 0;
            while (months.hasNext()) {
                String month = months.peek().month();
                MonthRows ofMonth = new MonthRows(months, month);
                stored += postgres ? copyMonth(connection, month, ofMonth, now) : insertMonth(connection, month, ofMonth, now);
                progress.accept(stored);
            }
            return (long) unknown.size();
        });
    }

    /** The companies of {@code sorted} the store does not know, read in one ordered pass over the known ones. */
    private List<String> unknown(Connection connection, List<String> sorted) throws SQLException {
        List<String> unknown = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(KNOWN_IDS.formatted(database.dialect().ordered("id")))) {
            query.setFetchSize(10_000);
            try (ResultSet known = query.executeQuery()) {
                String next = known.next() ? known.getString(1) : null;
                for (String id : sorted) {
                    while (next != null && next.compareTo(id) < 0) {
                        next = known.next() ? known.getString(1) : null;
                    }
                    if (!id.equals(next)) {
                        unknown.add(id);
                    }
                }
            }
        }
        return unknown;
    }

    private static void insertCompanies(Connection connection, List<String> ids, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_COMPANY)) {
            int pending = 0;
            for (String id : ids) {
                insert.setString(1, id);
                Sql.setInstant(insert, 2, now);
                insert.addBatch();
                if (++pending == CHUNK) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    /** SQLite: the month's rows in chunks of company ids, each merged with the stored rows of its id range. */
    private static long insertMonth(Connection connection, String month, Iterator<MonthWeeks> rows, Instant now)
            throws SQLException {
        boolean stored = monthStored(connection, month);
        long count = 0;
        try (PreparedStatement write = connection.prepareStatement(stored ? UPSERT_ROW : INSERT_ROW)) {
            List<MonthWeeks> chunk = new ArrayList<>(CHUNK);
            while (rows.hasNext()) {
                chunk.add(rows.next());
                if (chunk.size() == CHUNK || !rows.hasNext()) {
                    Map<String, String> before = stored ? storedRange(connection, month, chunk) : Map.of();
                    for (MonthWeeks row : chunk) {
                        write.setString(1, month);
                        write.setString(2, row.company());
                        write.setString(3, PackedWeeks.merge(before.get(row.company()), row.weeks()));
                        Sql.setInstant(write, 4, now);
                        write.addBatch();
                    }
                    write.executeBatch();
                    count += chunk.size();
                    chunk.clear();
                }
            }
        }
        return count;
    }

    private static Map<String, String> storedRange(Connection connection, String month, List<MonthWeeks> chunk)
            throws SQLException {
        Map<String, String> stored = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(STORED_RANGE)) {
            query.setString(1, month);
            query.setString(2, chunk.get(0).company());
            query.setString(3, chunk.get(chunk.size() - 1).company());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return stored;
    }

    /** PostgreSQL: a new month straight into the table by COPY; a month with stored rows through staging. */
    private static long copyMonth(Connection connection, String month, Iterator<MonthWeeks> rows, Instant now)
            throws SQLException {
        if (!monthStored(connection, month)) {
            String at = PgCopy.time(now);
            return PgCopy.in(connection, "metrics (year_month, company_id, weeks, ingested_at)",
                    lines(rows, row -> row.month() + "\t" + row.company() + "\t" + row.weeks() + "\t" + at));
        }
        try (Statement stage = connection.createStatement()) {
            stage.execute(PG_STAGE);
            stage.execute("TRUNCATE staged_metrics");
        }
        long count = PgCopy.in(connection, "staged_metrics (year_month, company_id, weeks)",
                lines(rows, row -> row.month() + "\t" + row.company() + "\t" + row.weeks()));
        try (PreparedStatement merge = connection.prepareStatement(PG_MERGE)) {
            Sql.setInstant(merge, 1, now);
            merge.executeUpdate();
        }
        return count;
    }

    private static boolean monthStored(Connection connection, String month) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(MONTH_STORED)) {
            query.setString(1, month);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static <T> Iterator<String> lines(Iterator<T> values, java.util.function.Function<T, String> line) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return values.hasNext();
            }

            @Override
            public String next() {
                return line.apply(values.next());
            }
        };
    }

    /** The rows of one month at the head of the sorted rows; ends where the next month starts. */
    private record MonthRows(PeekingIterator rows, String month) implements Iterator<MonthWeeks> {
        @Override
        public boolean hasNext() {
            return rows.hasNext() && rows.peek().month().equals(month);
        }

        @Override
        public MonthWeeks next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return rows.next();
        }
    }

    private static final class PeekingIterator implements Iterator<MonthWeeks> {
        private final Iterator<MonthWeeks> rows;
        private MonthWeeks head;

        PeekingIterator(Iterator<MonthWeeks> rows) {
            this.rows = rows;
        }

        MonthWeeks peek() {
            if (head == null) {
                head = rows.next();
            }
            return head;
        }

        @Override
        public boolean hasNext() {
            return head != null || rows.hasNext();
        }

        @Override
        public MonthWeeks next() {
            MonthWeeks next = peek();
            head = null;
            return next;
        }
    }
}

package io.healthscore.store;

import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Weekly metrics, stored one row per company and month (see {@link PackedWeeks}); storing a week again replaces it
 * (corrections), and the other weeks of its month stay.
 */
public final class MetricsRepository {
    static final String UPSERT = """
            INSERT INTO metrics (year_month, company_id, weeks, ingested_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (year_month, company_id) DO UPDATE SET weeks = EXCLUDED.weeks, ingested_at = EXCLUDED.ingested_at
            """;
    private static final String FIND = "SELECT weeks FROM metrics WHERE year_month = ? AND company_id = ?";

    private final Database database;
    private final CompanyRepository companies;

    public MetricsRepository(Database database) {
        this.database = database;
        this.companies = new CompanyRepository(database);
    }

    /** Stores a batch in one transaction, making new companies known first; a later record of a week wins. */
    public void store(List<WeeklyMetrics> batch, Instant now) {
        Map<Key, List<WeeklyMetrics>> months = new LinkedHashMap<>();
        for (WeeklyMetrics week : batch) {
            List<WeeklyMetrics> weeks = months.computeIfAbsent(new Key(week.month(), week.company()), key -> new ArrayList<>());
            weeks.removeIf(earlier -> earlier.week().equals(week.week()));
            weeks.add(week);
        }
        database.inTransaction(connection -> {
            companies.ensureKnown(connection, months.keySet().stream().map(Key::company).distinct().toList(), now);
            upsert(connection, months, now);
            return null;
        });
    }

    /** The company's weeks of the month, in week order. */
    public List<WeeklyMetrics> weeks(CompanyId company, YearMonth month) {
        return database.inTransaction(connection -> stored(connection, new Key(month, company)));
    }

    private static void upsert(Connection connection, Map<Key, List<WeeklyMetrics>> months, Instant now)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            for (Map.Entry<Key, List<WeeklyMetrics>> month : months.entrySet()) {
                Key key = month.getKey();
                upsert.setString(1, key.month().toString());
                upsert.setString(2, key.company().value());
                upsert.setString(3, PackedWeeks.encode(PackedWeeks.merge(stored(connection, key), month.getValue())));
                Sql.setInstant(upsert, 4, now);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static List<WeeklyMetrics> stored(Connection connection, Key key) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, key.month().toString());
            find.setString(2, key.company().value());
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? PackedWeeks.decode(key.company(), row.getString(1)) : List.of();
            }
        }
    }

    private record Key(YearMonth month, CompanyId company) {
    }
}

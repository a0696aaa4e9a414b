package io.healthscore.store;

import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Weekly metrics, one row per company and week; storing a week again replaces it (corrections). */
public final class MetricsRepository {
    private static final String UPSERT_H2 = """
            MERGE INTO weekly_metrics (company_id, week, year_month, login, adoption, nps, ingested_at)
            KEY (company_id, week) VALUES (?, ?, ?, ?, ?, ?, ?)
            """;
    private static final String UPSERT_POSTGRESQL = """
            INSERT INTO weekly_metrics (company_id, week, year_month, login, adoption, nps, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (company_id, week) DO UPDATE SET year_month = EXCLUDED.year_month, login = EXCLUDED.login,
                adoption = EXCLUDED.adoption, nps = EXCLUDED.nps, ingested_at = EXCLUDED.ingested_at
            """;

    private final Database database;
    private final CompanyRepository companies;

    public MetricsRepository(Database database) {
        this.database = database;
        this.companies = new CompanyRepository(database);
    }

    /** Stores a batch in one transaction, making new companies known first. */
    public void store(List<WeeklyMetrics> batch, Instant now) {
        Set<CompanyId> ids = new LinkedHashSet<>();
        batch.forEach(metrics -> ids.add(metrics.company()));
        database.inTransaction(connection -> {
            companies.ensureKnown(connection, ids, now);
            upsert(connection, batch, now);
            return null;
        });
    }

    private void upsert(Connection connection, List<WeeklyMetrics> batch, Instant now) throws SQLException {
        String sql = database.dialect() == Dialect.H2 ? UPSERT_H2 : UPSERT_POSTGRESQL;
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            for (WeeklyMetrics metrics : batch) {
                upsert.setString(1, metrics.company().value());
                upsert.setDate(2, Date.valueOf(metrics.week()));
                upsert.setString(3, metrics.month().toString());
                upsert.setBigDecimal(4, metrics.login());
                upsert.setBigDecimal(5, metrics.adoption());
                Sql.setDecimal(upsert, 6, metrics.nps());
                Sql.setInstant(upsert, 7, now);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}

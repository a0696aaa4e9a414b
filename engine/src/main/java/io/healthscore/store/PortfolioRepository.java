package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The portfolio as of one month: every company assessed for it, and every company churned by then (shown as
 * CHURNED), in id order. What the companies list and the report read.
 */
public final class PortfolioRepository {
    private static final String MONTH = """
            SELECT c.id, c.name, c.owner, c.contact, c.segment, c.churned_month, a.score, a.band, a.effective_band,
                   a.override_id, a.previous_band, a.previous_score, a.login, a.adoption, a.nps, a.weeks, a.score_change
            FROM companies c LEFT JOIN assessments a ON a.company_id = c.id AND a.year_month = ?
            WHERE a.company_id IS NOT NULL OR c.churned_month <= ?
            ORDER BY %s""";
    private static final String LATEST = "SELECT MAX(year_month) FROM assessments";

    private final Database database;

    public PortfolioRepository(Database database) {
        this.database = database;
    }

    /** The latest month any company was assessed for; empty when nothing was scored yet. */
    public Optional<YearMonth> latestMonth() {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(LATEST); ResultSet row = query.executeQuery()) {
                String month = row.next() ? row.getString(1) : null;
                return Optional.ofNullable(month).map(YearMonth::parse);
            }
        });
    }

    public List<PortfolioRow> month(YearMonth month) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(MONTH.formatted(database.dialect().ordered("c.id")))) {
                query.setString(1, month.toString());
                query.setString(2, month.toString());
                query.setFetchSize(5_000);
                List<PortfolioRow> rows = new ArrayList<>();
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        rows.add(read(month, row));
                    }
                }
                return rows;
            }
        });
    }

    private static PortfolioRow read(YearMonth month, ResultSet row) throws SQLException {
        CompanyId id = CompanyId.of(row.getString("id"));
        Company company = new Company(id, row.getString("name"), row.getString("owner"), row.getString("contact"),
                row.getString("segment"));
        String churned = row.getString("churned_month");
        String band = row.getString("band");
        boolean isChurned = churned != null && churned.compareTo(month.toString()) <= 0;
        EffectiveBand shown = isChurned ? EffectiveBand.CHURNED : EffectiveBand.valueOf(row.getString("effective_band"));
        Integer weeks = Sql.getInteger(row, "weeks");
        Drivers drivers = weeks == null ? Drivers.NO_DATA : new Drivers(Sql.getDecimal(row, "login"),
                Sql.getDecimal(row, "adoption"), Sql.getDecimal(row, "nps"), weeks, Sql.getInteger(row, "score_change"));
        String previous = row.getString("previous_band");
        return new PortfolioRow(company, month, Sql.getInteger(row, "score"), band == null ? null : Band.valueOf(band),
                shown, Sql.getLong(row, "override_id"), previous == null ? null : Band.valueOf(previous),
                Sql.getInteger(row, "previous_score"), drivers);
    }
}

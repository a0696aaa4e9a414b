package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.EffectiveBand;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowViewMapper;

/**
 * The portfolio as of one month: every company assessed for it, and every company churned by then (shown as
 * CHURNED), in id order. What the companies list and the report read.
 */
public final class PortfolioRepository {
    private static final String MONTH = "SELECT " + CompanyMapper.COLUMNS + """
            , c.churned_month, a.score, a.band, a.effective_band, a.override_id, a.previous_band, a.previous_score,
              a.login, a.adoption, a.nps, a.weeks, a.score_change, a.rules_hash
            FROM companies c LEFT JOIN assessments a ON a.company_id = c.id AND a.year_month = :month
            WHERE a.company_id IS NOT NULL OR c.churned_month <= :month
            ORDER BY %s""";
    private static final String LATEST = "SELECT MAX(year_month) FROM assessments";
    private static final CompanyMapper COMPANY = new CompanyMapper();
    private static final DriversMapper DRIVERS = new DriversMapper();

    private final Database database;

    public PortfolioRepository(Database database) {
        this.database = database;
    }

    /** The latest month any company was assessed for; empty when nothing was scored yet. */
    public Optional<YearMonth> latestMonth() {
        return database.inTransaction(handle -> Optional.ofNullable(
                handle.createQuery(LATEST).mapTo(YearMonth.class).one()));
    }

    public List<PortfolioRow> month(YearMonth month) {
        return database.inTransaction(handle -> handle.createQuery(MONTH.formatted(database.dialect().ordered("c.id")))
                .bind("month", month).setFetchSize(5_000).map(row(month)).list());
    }

    private static RowViewMapper<PortfolioRow> row(YearMonth month) {
        return row -> {
            YearMonth churned = row.getColumn("churned_month", YearMonth.class);
            boolean isChurned = churned != null && !churned.isAfter(month);
            EffectiveBand shown = isChurned ? EffectiveBand.CHURNED : row.getColumn("effective_band", EffectiveBand.class);
            return new PortfolioRow(row.getRow(COMPANY), month, row.getColumn("score", Integer.class),
                    row.getColumn("band", Band.class), shown, row.getColumn("override_id", Long.class),
                    row.getColumn("previous_band", Band.class), row.getColumn("previous_score", Integer.class),
                    row.getRow(DRIVERS), row.getColumn("rules_hash", String.class));
        };
    }
}

package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.ProvisionalWeeks;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.assessment.Explanation;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowViewMapper;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The portfolio as of one month: every company assessed for it, every company churned by then (shown as CHURNED),
 * and every other company scored to date in it (its latest provisional score, marked), in id order. What the
 * companies list and the report read.
 */
public final class PortfolioRepository {
    private static final String MONTH = "SELECT " + CompanyMapper.COLUMNS + """
            , c.churned_month, a.score, a.band, a.effective_band, a.override_id, a.previous_band, a.previous_score,
              a.login, a.adoption, a.nps, a.weeks, a.score_change, a.rules_hash, a.rule_set, a.low_confidence
            FROM companies c LEFT JOIN assessments a ON a.company_id = c.id AND a.year_month = :month
            WHERE a.company_id IS NOT NULL OR c.churned_month <= :month
            ORDER BY %s""";
    private static final String SHOWN = "CASE WHEN c.churned_month IS NOT NULL AND c.churned_month <= :month"
            + " THEN 'CHURNED' ELSE a.effective_band END";
    private static final String FILTERED = "SELECT " + CompanyMapper.COLUMNS + """
            , c.churned_month, a.score, a.band, a.effective_band, a.override_id, a.previous_band, a.previous_score,
              a.login, a.adoption, a.nps, a.weeks, a.score_change, a.rules_hash, a.rule_set, a.low_confidence
            FROM companies c LEFT JOIN assessments a ON a.company_id = c.id AND a.year_month = :month
            WHERE (a.company_id IS NOT NULL OR c.churned_month <= :month)%s""";
    private static final String BANDS = "SELECT " + SHOWN + """
             AS shown, COUNT(*) AS companies
            FROM companies c LEFT JOIN assessments a ON a.company_id = c.id AND a.year_month = :month
            WHERE a.company_id IS NOT NULL OR c.churned_month <= :month
            GROUP BY 1""";
    private static final String LATEST = "SELECT MAX(year_month) FROM assessments";
    private static final String ANY_TO_DATE = "SELECT COUNT(*) FROM (SELECT 1 FROM provisional WHERE year_month = :month LIMIT 1) found";
    /** The month's latest provisional score of each company the month has no assessment of yet, not churned by then. */
    private static final String TO_DATE = "SELECT " + CompanyMapper.COLUMNS + """
            , c.churned_month, a.score, a.band, a.effective_band, a.override_id, a.previous_band, a.previous_score,
              a.login, a.adoption, a.nps, a.weeks, a.score_change, a.rules_hash, a.rule_set, a.low_confidence,
              a.complete_weeks, a.month_weeks
            FROM provisional a JOIN companies c ON c.id = a.company_id
            WHERE a.year_month = :month AND a.latest = 1 AND (c.churned_month IS NULL OR c.churned_month > :month)
              AND NOT EXISTS (SELECT 1 FROM assessments monthly
                              WHERE monthly.year_month = a.year_month AND monthly.company_id = a.company_id)""";
    /** FILTERED with TO_DATE's columns, their provisional marks null: an assessment's side of a union with TO_DATE. */
    private static final String FILTERED_MARKED = "SELECT " + CompanyMapper.COLUMNS + """
            , c.churned_month, a.score, a.band, a.effective_band, a.override_id, a.previous_band, a.previous_score,
              a.login, a.adoption, a.nps, a.weeks, a.score_change, a.rules_hash, a.rule_set, a.low_confidence,
              CAST(NULL AS INTEGER) AS complete_weeks, CAST(NULL AS INTEGER) AS month_weeks
            FROM companies c LEFT JOIN assessments a ON a.company_id = c.id AND a.year_month = :month
            WHERE (a.company_id IS NOT NULL OR c.churned_month <= :month)%s""";
    /**
     * One page of assessments and provisional scores together (%1$s and %2$s, filtered alike): each side is cut in
     * the page's order (%3$s) to the rows up to the page's end ({@code :top}) before the two are ordered as one
     * (%4$s), so neither side is sorted whole into the page.
     */
    private static final String PAGE_WITH_TO_DATE = """
            SELECT * FROM (SELECT * FROM (%1$s ORDER BY %3$s LIMIT :top) monthly
                           UNION ALL SELECT * FROM (%2$s ORDER BY %3$s LIMIT :top) to_date) shown
            ORDER BY %4$s LIMIT :limit OFFSET :offset""";
    private static final String COUNT_WITH_TO_DATE = "SELECT COUNT(*) FROM (%s UNION ALL %s) counted";
    private static final String BANDS_TO_DATE = "SELECT effective_band AS shown, COUNT(*) AS companies FROM ("
            + TO_DATE + ") scored GROUP BY effective_band";
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

    /** The latest month any company was assessed or scored to date for; empty when nothing was scored yet. */
    public Optional<YearMonth> latestShownMonth() {
        Optional<YearMonth> monthly = latestMonth();
        Optional<YearMonth> toDate = new ProvisionalRepository(database).latestMonth();
        return toDate.isPresent() && (monthly.isEmpty() || toDate.get().isAfter(monthly.get())) ? toDate : monthly;
    }

    /**
     * The month's rows in company id order: its assessments, and for a company without one its latest provisional
     * score of the month (the monthly assessment supersedes those).
     */
    public List<PortfolioRow> month(YearMonth month) {
        return database.inTransaction(handle -> {
            List<PortfolioRow> rows = handle.createQuery(MONTH.formatted(database.dialect().ordered("c.id")))
                    .bind("month", month).setFetchSize(5_000).map(row(month, false)).list();
            List<PortfolioRow> toDate = toDate(handle, month);
            if (toDate.isEmpty()) {
                return rows;
            }
            List<PortfolioRow> all = new ArrayList<>(rows);
            all.addAll(toDate);
            all.sort(Comparator.comparing(row -> row.company().id().value()));
            return all;
        });
    }

    /**
     * The rows of {@link #month} that are provisional scores, alone: each company's latest of the month, when the
     * month has no assessment of it; empty, after one look, when the month was not scored to date.
     */
    public List<PortfolioRow> toDate(YearMonth month) {
        return database.inTransaction(handle -> toDate(handle, month));
    }

    private static List<PortfolioRow> toDate(Handle handle, YearMonth month) {
        return anyToDate(handle, month)
                ? handle.createQuery(TO_DATE).bind("month", month).setFetchSize(5_000).map(row(month, true)).list()
                : List.of();
    }

    /**
     * How many companies the month shows in each band, CHURNED included, counted in the database as {@link #month}
     * lists them: a company without an assessment of the month counts in the band of its latest provisional score.
     */
    public Map<EffectiveBand, Long> bandCounts(YearMonth month) {
        return database.inTransaction(handle -> {
            Map<EffectiveBand, Long> counts = new EnumMap<>(EffectiveBand.class);
            addCounts(handle.createQuery(BANDS).bind("month", month), counts);
            if (anyToDate(handle, month)) {
                addCounts(handle.createQuery(BANDS_TO_DATE).bind("month", month), counts);
            }
            return counts;
        });
    }

    /**
     * One page of the list, filtered, sorted and cut in the database: no more rows are read than are shown. As in
     * {@link #month}, a company without an assessment of the month is listed with its latest provisional score.
     */
    public List<PortfolioRow> page(CompanyQuery query) {
        String where = where(query);
        return database.inTransaction(handle -> {
            if (database.dialect() == Dialect.POSTGRESQL) {
                // a page is planned with its month and limit each time: the generic plan PostgreSQL switches to for
                // a statement run often knows neither, and sorts the whole month to show one page (10 ms -> 160 ms)
                handle.execute("SET LOCAL plan_cache_mode = force_custom_plan");
            }
            if (!anyToDate(handle, query.month())) {
                return bind(handle.createQuery(FILTERED.formatted(where) + " ORDER BY " + order(query, false)
                        + " LIMIT :limit OFFSET :offset"), query)
                        .bind("limit", query.limit()).bind("offset", query.offset())
                        .map(row(query.month(), false)).list();
            }
            String sql = PAGE_WITH_TO_DATE.formatted(FILTERED_MARKED.formatted(where), TO_DATE + where,
                    order(query, false), order(query, true));
            return bind(handle.createQuery(sql), query).bind("limit", query.limit()).bind("offset", query.offset())
                    .bind("top", (long) query.offset() + query.limit()).map(row(query.month(), true)).list();
        });
    }

    /** How many companies the query's filters keep, over all pages, provisional scores included as in {@link #page}. */
    public long count(CompanyQuery query) {
        String where = where(query);
        return database.inTransaction(handle -> {
            String sql = anyToDate(handle, query.month())
                    ? COUNT_WITH_TO_DATE.formatted(FILTERED_MARKED.formatted(where), TO_DATE + where)
                    : "SELECT COUNT(*) FROM (" + FILTERED.formatted(where) + ") counted";
            return bind(handle.createQuery(sql), query).mapTo(Long.class).one();
        });
    }

    /** Whether any company was scored to date in the month: without one, the list's queries stay those of assessments. */
    private static boolean anyToDate(Handle handle, YearMonth month) {
        return handle.createQuery(ANY_TO_DATE).bind("month", month).mapTo(Long.class).one() > 0;
    }

    private static void addCounts(Query query, Map<EffectiveBand, Long> counts) {
        query.map(row -> Map.entry(row.getColumn("shown", EffectiveBand.class), row.getColumn("companies", Long.class)))
                .forEach(count -> counts.merge(count.getKey(), count.getValue(), Long::sum));
    }

    private String where(CompanyQuery query) {
        StringBuilder where = new StringBuilder();
        if (query.bands().size() < EffectiveBand.values().length) {
            where.append(" AND ").append(SHOWN).append(" IN (<bands>)");
        }
        if (query.segment() != null) {
            where.append(" AND LOWER(c.segment) = LOWER(:segment)");
        }
        if (query.owner() != null) {
            where.append(" AND LOWER(c.owner) = LOWER(:owner)");
        }
        if (query.search() != null) {
            where.append(" AND (LOWER(c.id) LIKE :search ESCAPE '!' OR LOWER(c.name) LIKE :search ESCAPE '!')");
        }
        if (query.after() != null) {
            where.append(" AND ").append(database.dialect().ordered("c.id")).append(" > :after");
        }
        return where.toString();
    }

    /** The query's order, of the list's tables or ({@code ofRows}) of the rows a query of them selected. */
    private String order(CompanyQuery query, boolean ofRows) {
        String direction = query.descending() ? " DESC" : "";
        String id = database.dialect().ordered(ofRows ? "shown." + CompanyQuery.Sort.COMPANY.shown : "c.id") + direction;
        if (query.sort() == CompanyQuery.Sort.COMPANY) {
            return id;
        }
        String column = ofRows ? "shown." + query.sort().shown : query.sort().column;
        // missing values last in either direction, the same on SQLite and PostgreSQL
        return "CASE WHEN " + column + " IS NULL THEN 1 ELSE 0 END, " + column + direction + ", " + id;
    }

    private static <S extends SqlStatement<S>> S bind(S statement, CompanyQuery query) {
        statement.bind("month", query.month());
        if (query.bands().size() < EffectiveBand.values().length) {
            statement.bindList("bands", query.bands().stream().map(Enum::name).sorted().toList());
        }
        if (query.segment() != null) {
            statement.bind("segment", query.segment());
        }
        if (query.owner() != null) {
            statement.bind("owner", query.owner());
        }
        if (query.search() != null) {
            String escaped = query.search().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_");
            statement.bind("search", "%" + escaped + "%");
        }
        if (query.after() != null) {
            statement.bind("after", query.after());
        }
        return statement;
    }

    /** {@code marked}: the rows have TO_DATE's columns, a provisional score's weeks (null on an assessment). */
    private static RowViewMapper<PortfolioRow> row(YearMonth month, boolean marked) {
        return row -> {
            YearMonth churned = row.getColumn("churned_month", YearMonth.class);
            boolean isChurned = churned != null && !churned.isAfter(month);
            EffectiveBand shown = isChurned ? EffectiveBand.CHURNED : row.getColumn("effective_band", EffectiveBand.class);
            Band band = row.getColumn("band", Band.class);
            String ruleSet = row.getColumn("rule_set", String.class);
            return new PortfolioRow(row.getRow(COMPANY), month, row.getColumn("score", Integer.class),
                    band, shown, row.getColumn("override_id", Long.class),
                    row.getColumn("previous_band", Band.class), row.getColumn("previous_score", Integer.class),
                    row.getRow(DRIVERS), row.getColumn("rules_hash", String.class),
                    band == null ? null : ruleSet == null ? Explanation.BASE : ruleSet,
                    row.getColumn("low_confidence", String.class), marked ? weeks(row) : null);
        };
    }

    private static ProvisionalWeeks weeks(RowView row) {
        Integer weeks = row.getColumn("complete_weeks", Integer.class);
        return weeks == null ? null : new ProvisionalWeeks(weeks, row.getColumn("month_weeks", Integer.class));
    }
}

package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.Pin;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import io.healthscore.company.CompanyRange;
import io.healthscore.metrics.WeeklyMetrics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Streams the inputs of a month's assessments, company by company, without holding the month in memory:
 * three queries ordered by company id (companies, the month's weeks, earlier assessments) merged in step. Churned
 * companies are left out; the previous assessment's band is the one its company was shown in (its effective band),
 * and the overrides covering the month (few) are read first.
 */
public final class MonthInputReader {
    private static final int FETCH_SIZE = 5_000;
    private static final String COMPANIES = "SELECT id, segment FROM companies WHERE churned_at IS NULL%s ORDER BY %s";
    private static final String WEEKS = """
            SELECT company_id, week, login, adoption, nps FROM weekly_metrics
            WHERE year_month = ?%s ORDER BY year_month, %s, week""";
    private static final String EARLIER = """
            SELECT company_id, year_month, effective_band, score, override_id FROM assessments
            WHERE year_month < ?%s ORDER BY %s, year_month""";

    private final Database database;

    public MonthInputReader(Database database) {
        this.database = database;
    }

    /** Calls {@code sink} once for every known company, in company id order. */
    public void read(YearMonth month, Consumer<CompanyMonth> sink) {
        read(month, CompanyRange.ALL, sink);
    }

    /** Calls {@code sink} once for every known company in the range, in company id order. */
    public void read(YearMonth month, CompanyRange range, Consumer<CompanyMonth> sink) {
        Dialect dialect = database.dialect();
        // one connection with three open cursors: the writer of the run needs the pool's other connections.
        // H2 materialises each result (spilling large ones to a temporary file) before the first row: a lazy,
        // streamed read would hold a snapshot longer than H2 retains old chunks while the writer commits,
        // and fail with "Chunk ... not found" on runs longer than its 45 s retention time.
        database.inTransaction(connection -> {
            try (PreparedStatement companyQuery = prepare(connection, COMPANIES.formatted(
                        dialect.inRange("id", range), dialect.ordered("id")));
                 PreparedStatement weekQuery = prepare(connection, WEEKS.formatted(
                        dialect.inRange("company_id", range), dialect.ordered("company_id")));
                 PreparedStatement earlierQuery = prepare(connection, EARLIER.formatted(
                        dialect.inRange("company_id", range), dialect.ordered("company_id")))) {
                Dialect.bind(companyQuery, 1, range);
                weekQuery.setString(1, month.toString());
                Dialect.bind(weekQuery, 2, range);
                earlierQuery.setString(1, month.toString());
                Dialect.bind(earlierQuery, 2, range);
                Map<String, Pin> pins = OverrideRepository.covering(connection, month);
                try (ResultSet companyRows = companyQuery.executeQuery();
                     ResultSet weekRows = weekQuery.executeQuery();
                     ResultSet earlierRows = earlierQuery.executeQuery()) {
                    merge(month, companyRows, new Cursor(weekRows), new Cursor(earlierRows), pins, sink);
                }
            }
            return null;
        });
    }

    /** The inputs of one company's assessment. */
    public CompanyMonth readOne(CompanyId company, String segment, YearMonth month) {
        AssessmentRepository.Earlier earlier = new AssessmentRepository(database).earlier(company, month);
        Pin pin = database.inTransaction(connection -> OverrideRepository.covering(connection, month)).get(company.value());
        return new CompanyMonth(company, segment, month, weeks(company, month), earlier.previous(), pin,
                earlier.overrideId());
    }

    /** The company's weeks of the month, in week order. */
    public List<WeeklyMetrics> weeks(CompanyId company, YearMonth month) {
        return database.inTransaction(connection -> {
            try (PreparedStatement query = connection.prepareStatement(WEEKS.formatted(" AND company_id = ?", "company_id"))) {
                query.setString(1, month.toString());
                query.setString(2, company.value());
                try (ResultSet rows = query.executeQuery()) {
                    List<WeeklyMetrics> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(weekly(company, rows));
                    }
                    return found;
                }
            }
        });
    }

    private static void merge(YearMonth month, ResultSet companyRows, Cursor weekRows, Cursor earlierRows,
            Map<String, Pin> pins, Consumer<CompanyMonth> sink) throws SQLException {
        while (companyRows.next()) {
            String id = companyRows.getString("id");
            CompanyId company = CompanyId.of(id);
            List<WeeklyMetrics> weeks = new ArrayList<>();
            weekRows.skipBefore(id);
            while (weekRows.at(id)) {
                weeks.add(weekly(company, weekRows.rows));
                weekRows.advance();
            }
            // earlier assessments come in month order (the primary key's): the last one is the previous
            Previous previous = Previous.NONE;
            Long previousOverride = null;
            earlierRows.skipBefore(id);
            while (earlierRows.at(id)) {
                previous = new Previous(Band.valueOf(earlierRows.rows.getString("effective_band")),
                        Sql.getInteger(earlierRows.rows, "score"));
                previousOverride = Sql.getLong(earlierRows.rows, "override_id");
                earlierRows.advance();
            }
            sink.accept(new CompanyMonth(company, companyRows.getString("segment"), month, weeks, previous,
                    pins.get(id), previousOverride));
        }
    }

    private static WeeklyMetrics weekly(CompanyId company, ResultSet rows) throws SQLException {
        return new WeeklyMetrics(company, rows.getDate("week").toLocalDate(), Sql.getDecimal(rows, "login"),
                Sql.getDecimal(rows, "adoption"), Sql.getDecimal(rows, "nps"));
    }

    private static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        statement.setFetchSize(FETCH_SIZE);
        return statement;
    }

    /** A result set ordered by company_id, positioned on its current row (or exhausted). */
    private static final class Cursor {
        private final ResultSet rows;
        private String current;

        Cursor(ResultSet rows) throws SQLException {
            this.rows = rows;
            advance();
        }

        void advance() throws SQLException {
            current = rows.next() ? rows.getString("company_id") : null;
        }

        void skipBefore(String id) throws SQLException {
            while (current != null && current.compareTo(id) < 0) {
                advance();
            }
        }

        boolean at(String id) {
            return id.equals(current);
        }
    }
}

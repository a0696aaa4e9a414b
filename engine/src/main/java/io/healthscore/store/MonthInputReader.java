package io.healthscore.store;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.Pin;
import io.healthscore.assessment.Previous;
import io.healthscore.company.CompanyId;
import io.healthscore.company.CompanyRange;
import io.healthscore.metrics.WeeklyMetrics;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Streams the inputs of a month's assessments, company by company in id order, without holding the month in memory:
 * one query walks the companies and looks up, by key, each one's weeks of the month and its assessment of the latest
 * month scored before (the previous assessment of nearly every company). The few companies without one there (new,
 * or reinstated after a gap) are looked up in the months before, a chunk at a time. Churned companies are left out;
 * the previous band is the one the company was shown in (its effective band).
 */
public final class MonthInputReader {
    private static final int FETCH_SIZE = 5_000;
    private static final int CHUNK = 1_000;
    private static final String INPUTS = """
            SELECT c.id, c.segment, m.weeks, a.effective_band, a.score, a.override_id
            FROM companies c
            LEFT JOIN metrics m ON m.year_month = :month AND m.company_id = c.id
            LEFT JOIN assessments a ON a.year_month = :previous AND a.company_id = c.id
            WHERE %s%s ORDER BY %s""";
    private static final String ACTIVE = "c.churned_at IS NULL";
    // a churned company was a customer up to its churn month: what calibrate re-scores to compare rules against churn
    private static final String ACTIVE_THEN = "(c.churned_at IS NULL OR c.churned_month >= :month)";
    private static final String EARLIER = """
            SELECT company_id, effective_band, score, override_id FROM assessments
            WHERE year_month = :month AND company_id IN (<ids>)""";

    private final Database database;
    private final String active;

    public MonthInputReader(Database database) {
        this(database, ACTIVE);
    }

    private MonthInputReader(Database database, String active) {
        this.database = database;
        this.active = active;
    }

    /** Reads churned companies too, for the months up to their churn month; a month run never does. */
    public static MonthInputReader withChurnedUntilTheirChurn(Database database) {
        return new MonthInputReader(database, ACTIVE_THEN);
    }

    /** Calls {@code sink} once for every known company, in company id order. */
    public void read(YearMonth month, Consumer<CompanyMonth> sink) {
        read(month, CompanyRange.ALL, HistoryDepth.NONE, sink);
    }

    /** Calls {@code sink} once for every known company in the range, in company id order, without history. */
    public void read(YearMonth month, CompanyRange range, Consumer<CompanyMonth> sink) {
        read(month, range, HistoryDepth.NONE, sink);
    }

    /** As {@link #read(YearMonth, Consumer)}, with the history {@code depth} reaches filled in. */
    public void read(YearMonth month, HistoryDepth depth, Consumer<CompanyMonth> sink) {
        read(month, CompanyRange.ALL, depth, sink);
    }

    /**
     * Calls {@code sink} once for every known company in the range, in company id order, with the history
     * {@code depth} reaches filled in: read a chunk of companies at a time, never per company.
     */
    public void read(YearMonth month, CompanyRange range, HistoryDepth depth, Consumer<CompanyMonth> sink) {
        Dialect dialect = database.dialect();
        database.reading(handle -> {
            Map<String, Pin> pins = OverrideRepository.covering(handle, month);
            List<String> earlier = KeyMonths.descending(handle, "assessments", month.toString());
            String sql = INPUTS.formatted(active, dialect.inRange("c.id", range), dialect.ordered("c.id"));
            try (ResultIterator<Row> rows = Dialect.bind(handle.createQuery(sql), range).bind("month", month)
                    .bind("previous", earlier.isEmpty() ? "" : earlier.get(0)).setFetchSize(FETCH_SIZE).map(Row::read)
                    .iterator()) {
                List<Row> chunk = new ArrayList<>(CHUNK);
                while (rows.hasNext()) {
                    chunk.add(rows.next());
                    if (chunk.size() == CHUNK) {
                        emit(handle, month, chunk, earlier, pins, depth, sink);
                    }
                }
                emit(handle, month, chunk, earlier, pins, depth, sink);
            }
            return null;
        });
    }

    /** The inputs of one company's assessment, without history. */
    public CompanyMonth readOne(CompanyId company, String segment, YearMonth month) {
        return readOne(company, segment, month, HistoryDepth.NONE);
    }

    /** The inputs of one company's assessment, with the history {@code depth} reaches. */
    public CompanyMonth readOne(CompanyId company, String segment, YearMonth month, HistoryDepth depth) {
        AssessmentRepository.Earlier earlier = new AssessmentRepository(database).earlier(company, month);
        Pin pin = database.inTransaction(handle -> OverrideRepository.covering(handle, month)).get(company.value());
        return withPast(new CompanyMonth(company, segment, month, weeks(company, month), earlier.previous(), pin,
                earlier.overrideId()), depth);
    }

    /** {@code input} with the history and sent triggers {@code depth} reaches, read for its company alone. */
    public CompanyMonth withPast(CompanyMonth input, HistoryDepth depth) {
        return database.reading(handle -> HistoryReader.fill(handle, List.of(input), depth)).get(0);
    }

    /** The company's weeks of the month, in week order. */
    public List<WeeklyMetrics> weeks(CompanyId company, YearMonth month) {
        return new MetricsRepository(database).weeks(company, month);
    }

    private static void emit(Handle handle, YearMonth month, List<Row> chunk, List<String> earlier,
            Map<String, Pin> pins, HistoryDepth depth, Consumer<CompanyMonth> sink) {
        Map<String, Row> missing = new HashMap<>();
        for (Row row : chunk) {
            if (row.previousBand == null) {
                missing.put(row.id, row);
            }
        }
        for (int index = 1; index < earlier.size() && !missing.isEmpty(); index++) {
            lookBack(handle, earlier.get(index), missing);
        }
        List<CompanyMonth> inputs = new ArrayList<>(chunk.size());
        for (Row row : chunk) {
            CompanyId company = CompanyId.of(row.id);
            Previous previous = row.previousBand == null ? Previous.NONE
                    : new Previous(Band.valueOf(row.previousBand), row.previousScore);
            inputs.add(new CompanyMonth(company, row.segment, month, PackedWeeks.decode(company, row.weeks), previous,
                    pins.get(row.id), row.previousOverride));
        }
        HistoryReader.fill(handle, inputs, depth).forEach(sink);
        chunk.clear();
    }

    /** Fills in, from {@code month}, the previous assessment of the companies still missing one; drops those found. */
    private static void lookBack(Handle handle, String month, Map<String, Row> missing) {
        handle.createQuery(EARLIER).bind("month", month).bindList("ids", List.copyOf(missing.keySet()))
                .map(row -> new Earlier(row.getColumn("company_id", String.class),
                        row.getColumn("effective_band", String.class), row.getColumn("score", Integer.class),
                        row.getColumn("override_id", Long.class)))
                .forEach(found -> missing.remove(found.company()).previous(found.band(), found.score(), found.override()));
    }

    /** A company's assessment of an earlier month, as {@link #lookBack} finds it. */
    private record Earlier(String company, String band, Integer score, Long override) {
    }

    /** One company's row of the month's inputs, before its earlier assessment may be filled in. */
    private static final class Row {
        private final String id;
        private final String segment;
        private final String weeks;
        private String previousBand;
        private Integer previousScore;
        private Long previousOverride;

        private Row(String id, String segment, String weeks) {
            this.id = id;
            this.segment = segment;
            this.weeks = weeks;
        }

        /** By column index, without jdbi's lookup of a column mapper: every company of the month goes through here. */
        static Row read(ResultSet rows, StatementContext context) throws SQLException {
            Row row = new Row(rows.getString(1), rows.getString(2), rows.getString(3));
            String band = rows.getString(4);
            if (band != null) {
                row.previous(band, Sql.getInteger(rows, "score"), Sql.getLong(rows, "override_id"));
            }
            return row;
        }

        void previous(String band, Integer score, Long override) {
            previousBand = band;
            previousScore = score;
            previousOverride = override;
        }
    }
}

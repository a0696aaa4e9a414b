package io.healthscore.store;

import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weekly metrics, stored one row per company and month (see {@link PackedWeeks}); storing a week again replaces it
 * (corrections), and the other weeks of its month stay.
 */
public final class MetricsRepository {
    private static final String FIND = "SELECT weeks FROM metrics WHERE year_month = :month AND company_id = :company";
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::month)
            .thenComparing(key -> key.company().value());

    private final Database database;

    public MetricsRepository(Database database) {
        this.database = database;
    }

    /**
     * Stores a batch in one transaction, making new companies known first; a later record of a week wins. It goes
     * the way of an ingest ({@link BulkMetrics}): one packed row per company and month, merged with the stored one.
     */
    public void store(List<WeeklyMetrics> batch, Instant now) {
        Map<Key, List<WeeklyMetrics>> months = new TreeMap<>(ORDER);
        for (WeeklyMetrics week : batch) {
            List<WeeklyMetrics> weeks = months.computeIfAbsent(new Key(week.month(), week.company()), key -> new ArrayList<>());
            weeks.removeIf(earlier -> earlier.week().equals(week.week()));
            weeks.add(week);
        }
        List<MonthWeeks> rows = new ArrayList<>(months.size());
        months.forEach((key, weeks) -> {
            weeks.sort(Comparator.comparing(WeeklyMetrics::week));
            rows.add(new MonthWeeks(key.month().toString(), key.company().value(), PackedWeeks.encode(weeks)));
        });
        List<String> companies = rows.stream().map(MonthWeeks::company).distinct().sorted().toList();
        new BulkMetrics(database).store(companies, rows.iterator(), now, stored -> { });
    }

    /** The company's weeks of the month, in week order. */
    public List<WeeklyMetrics> weeks(CompanyId company, YearMonth month) {
        return database.inTransaction(handle -> handle.createQuery(FIND).bind("month", month).bind("company", company)
                .mapTo(String.class).findOne().map(weeks -> PackedWeeks.decode(company, weeks)).orElse(List.of()));
    }

    private record Key(YearMonth month, CompanyId company) {
    }
}

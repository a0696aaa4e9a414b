package io.healthscore.testhelper;

import io.healthscore.assessment.Previous;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import io.healthscore.store.AssessmentRepository;
import io.healthscore.store.CompanyRepository;
import io.healthscore.store.Database;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.EmittedTrigger;
import io.healthscore.trigger.OutboxEntry;
import io.healthscore.trigger.OutboxFilter;
import io.healthscore.store.OutboxQueries;
import io.healthscore.store.MonthInputReader;
import io.healthscore.store.MonthsRepository;
import io.healthscore.store.StoreLocation;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What an embedded store folder holds, read back through the product's repositories after a CLI run.
 * Open it only between runs: it holds the store open until closed.
 */
public final class StoreContents implements AutoCloseable {
    private final Database database;

    private StoreContents(Database database) {
        this.database = database;
    }

    public static StoreContents open(Path folder) {
        return new StoreContents(Database.open(StoreLocation.parse(folder.toString())));
    }

    /** Every stored week of every company, ordered by company and week. */
    public List<WeeklyMetrics> weeks() {
        List<WeeklyMetrics> weeks = new ArrayList<>();
        MonthInputReader reader = new MonthInputReader(database);
        for (YearMonth month : new MonthsRepository(database).monthsWithData()) {
            reader.read(month, companyMonth -> weeks.addAll(companyMonth.weeks()));
        }
        weeks.sort(Comparator.comparing(WeeklyMetrics::company).thenComparing(WeeklyMetrics::week));
        return weeks;
    }

    /** {@link #weeks()} as text, {@code "acme 2026-10-05 82.5 61 40"}, numbers as stored ("-" for no NPS). */
    public List<String> weekLines() {
        return weeks().stream().map(StoreContents::line).toList();
    }

    private static String line(WeeklyMetrics week) {
        return week.company() + " " + week.week() + " " + plain(week.login()) + " " + plain(week.adoption()) + " "
                + (week.nps() == null ? "-" : plain(week.nps()));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public Optional<Company> company(String id) {
        return new CompanyRepository(database).find(CompanyId.of(id));
    }

    public long companyCount() {
        return new CompanyRepository(database).count();
    }

    /** The company's latest assessment of a month before {@code month}, or {@link Previous#NONE}. */
    public Previous assessmentBefore(String company, YearMonth month) {
        return new AssessmentRepository(database).earlier(CompanyId.of(company), month).previous();
    }

    public List<EmittedTrigger> undeliveredTriggers() {
        return new OutboxQueries(database).list(new OutboxFilter(DeliveryStatus.PENDING, null, null, 1_000)).stream()
                .map(OutboxEntry::trigger).toList();
    }

    @Override
    public void close() {
        database.close();
    }
}

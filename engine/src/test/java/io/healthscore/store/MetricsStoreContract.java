package io.healthscore.store;

import static io.healthscore.testhelper.DefaultRules.week;
import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Contract 1: one row per company and week, a week stored again replaces the earlier values (corrections),
 * a company seen in metrics is known from then on, and a week counts towards the month of its Sunday.
 */
abstract class MetricsStoreContract extends StoreContract {
    private static final CompanyId ACME = CompanyId.of("acme");
    private static final YearMonth OCTOBER = YearMonth.parse("2026-10");

    MetricsStoreContract(TestStore kind) {
        super(kind);
    }

    @Test
    void should_replace_the_values_when_the_same_company_and_week_is_stored_again() {
        MetricsRepository metrics = new MetricsRepository(database);
        metrics.store(List.of(week("acme", "2026-10-05", "82.5", "61", "40"),
                week("acme", "2026-10-12", "80", "60", "30")), NOW);

        metrics.store(List.of(week("acme", "2026-10-05", "70", "50.25", null)), NOW.plusSeconds(60));

        assertThatWeeks(storedWeeks(ACME, OCTOBER)).containsExactly(
                week("acme", "2026-10-05", "70", "50.25", null),
                week("acme", "2026-10-12", "80", "60", "30"));
        assertThat(weeksStored()).isEqualTo(2);
    }

    @Test
    void should_leave_the_store_unchanged_when_the_same_records_are_stored_again() {
        MetricsRepository metrics = new MetricsRepository(database);
        List<WeeklyMetrics> batch = List.of(week("acme", "2026-10-05", "82.5", "61", "40"),
                week("beta", "2026-10-05", "10", "20", null));
        metrics.store(batch, NOW);

        metrics.store(batch, NOW.plusSeconds(60));

        assertThatWeeks(storedWeeks(ACME, OCTOBER)).containsExactly(batch.get(0));
        assertThat(weeksStored()).isEqualTo(2);
        assertThat(new CompanyRepository(database).count()).isEqualTo(2);
    }

    @Test
    void should_keep_the_last_record_when_one_batch_holds_the_same_week_twice() {
        new MetricsRepository(database).store(List.of(week("acme", "2026-10-05", "82.5", "61", "40"),
                week("acme", "2026-10-05", "12", "34", "-56")), NOW);

        assertThatWeeks(storedWeeks(ACME, OCTOBER)).containsExactly(week("acme", "2026-10-05", "12", "34", "-56"));
    }

    @Test
    void should_store_numbers_exactly_when_they_use_every_allowed_decimal_or_sit_on_a_limit() {
        List<WeeklyMetrics> weeks = List.of(week("acme", "2026-10-05", "0.000001", "99.999999", "-100"),
                week("acme", "2026-10-12", "0", "100", "100"),
                week("acme", "2026-10-19", "33.333333", "66.666667", "-0.5"));

        new MetricsRepository(database).store(weeks, NOW);

        assertThatWeeks(storedWeeks(ACME, OCTOBER)).containsExactlyElementsOf(weeks);
    }

    @Test
    void should_make_companies_known_when_their_metrics_are_stored() {
        CompanyRepository companies = new CompanyRepository(database);

        new MetricsRepository(database).store(List.of(week("acme", "2026-10-05", "82.5", "61", "40"),
                week("beta", "2026-10-05", "10", "20", null), week("acme", "2026-10-12", "80", "60", "30")), NOW);

        assertThat(companies.count()).isEqualTo(2);
        assertThat(companies.find(ACME)).contains(Company.known(ACME));
        assertThat(companies.find(CompanyId.of("beta"))).contains(Company.known(CompanyId.of("beta")));
        assertThat(companies.find(CompanyId.of("gamma"))).isEmpty();
    }

    @Test
    void should_keep_details_and_first_seen_when_metrics_arrive_for_a_known_company() {
        Company acme = new Company(ACME, "Acme Corp", "jane@example.com", "ops@acme.example", "enterprise");
        new CompanyRepository(database).saveDetails(List.of(acme), NOW);
        String firstSeen = firstSeen("acme");

        new MetricsRepository(database).store(List.of(week("acme", "2026-10-05", "82.5", "61", "40")),
                NOW.plusSeconds(3_600));

        assertThat(new CompanyRepository(database).find(ACME)).contains(acme);
        assertThat(firstSeen("acme")).isEqualTo(firstSeen);
    }

    @Test
    void should_record_when_a_week_was_ingested_when_it_is_corrected() {
        MetricsRepository metrics = new MetricsRepository(database);
        metrics.store(List.of(week("acme", "2026-10-05", "82.5", "61", "40")), NOW);
        Instant corrected = NOW.plusSeconds(3_600);

        metrics.store(List.of(week("acme", "2026-10-05", "70", "61", "40")), corrected);

        assertThat(instant("SELECT ingested_at FROM metrics")).isEqualTo(corrected);
    }

    @ParameterizedTest(name = "week of {0} counts towards {1}")
    @CsvSource({
            "2026-10-05, 2026-10", "2026-09-28, 2026-10", "2026-10-26, 2026-11", "2026-08-31, 2026-09",
            "2026-12-28, 2027-01", "2027-02-22, 2027-02", "2028-02-21, 2028-02", "2028-02-28, 2028-03"})
    void should_file_a_week_under_the_month_of_its_sunday_when_it_is_stored(String monday, String month) {
        new MetricsRepository(database).store(List.of(week("acme", monday, "50", "50", null)), NOW);

        assertThat(rows("SELECT year_month FROM metrics WHERE company_id = ?", "acme"))
                .containsExactly(List.of(month));
        assertThat(new MonthsRepository(database).monthsWithData()).containsExactly(YearMonth.parse(month));
        assertThat(storedWeeks(ACME, YearMonth.parse(month))).hasSize(1);
        assertThat(storedWeeks(ACME, YearMonth.parse(month).minusMonths(1))).isEmpty();
    }

    @Test
    void should_list_each_month_with_data_once_in_order_when_weeks_span_several_months() {
        new MetricsRepository(database).store(List.of(week("acme", "2026-12-28", "50", "50", null),
                week("beta", "2026-10-05", "50", "50", null), week("acme", "2026-09-28", "50", "50", null),
                week("acme", "2026-10-12", "50", "50", null)), NOW);

        assertThat(new MonthsRepository(database).monthsWithData())
                .containsExactly(YearMonth.parse("2026-10"), YearMonth.parse("2027-01"));
    }

    /** Every week stored, of every company and month: the weeks a row per company and month holds. */
    private long weeksStored() {
        return rows("SELECT weeks FROM metrics").stream().mapToLong(row -> row.get(0).split(";").length).sum();
    }

    private List<WeeklyMetrics> storedWeeks(CompanyId company, YearMonth month) {
        return new MonthInputReader(database).readOne(company, null, month).weeks();
    }

    private String firstSeen(String company) {
        return rows("SELECT first_seen FROM companies WHERE id = ?", company).get(0).get(0);
    }
}

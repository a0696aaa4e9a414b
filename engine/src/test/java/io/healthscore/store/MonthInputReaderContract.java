package io.healthscore.store;

import static io.healthscore.store.Assessments.assessment;
import static io.healthscore.testhelper.DefaultRules.week;
import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.CompanyMonth;
import io.healthscore.assessment.Previous;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.metrics.WeeklyMetrics;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The month's inputs streamed company by company: every known company once, in company id order (Java's String
 * order, whatever the database collation), with exactly its weeks of the month and its previous assessment.
 */
abstract class MonthInputReaderContract extends StoreContract {
    /** Ids a language collation orders differently from byte order: it puts a_b before A1 and ab before Ab. */
    static final List<String> COLLATION_SENSITIVE_IDS = List.of("a-b", "a_b", "aB", "ab", "Ab", "a.b", "A1");
    private static final YearMonth OCTOBER = YearMonth.parse("2026-10");

    MonthInputReaderContract(TestStore kind) {
        super(kind);
    }

    @Test
    void should_read_companies_in_java_string_order_when_a_collation_would_order_their_ids_differently() {
        List<String> shuffled = new ArrayList<>(COLLATION_SENSITIVE_IDS);
        Collections.shuffle(shuffled, new Random(7));
        new MetricsRepository(database).store(shuffled.stream()
                .map(id -> week(id, "2026-10-05", login(id), "50", null)).toList(), NOW);

        List<CompanyMonth> read = readOctober();

        assertThat(read).extracting(input -> input.company().value())
                .containsExactly("A1", "Ab", "a-b", "a.b", "aB", "a_b", "ab")
                .isSorted();
        assertThat(read).allSatisfy(input -> {
            String id = input.company().value();
            assertThatWeeks(input.weeks()).containsExactly(week(id, "2026-10-05", login(id), "50", null));
        });
    }

    @Test
    void should_give_each_company_exactly_its_weeks_and_previous_when_many_ids_interleave() {
        List<String> ids = interleavingIds();
        List<WeeklyMetrics> weeks = new ArrayList<>();
        List<Assessment> earlier = new ArrayList<>();
        for (int index = 0; index < ids.size(); index++) {
            String id = ids.get(index);
            for (int week = 0; week < index % 3; week++) {
                weeks.add(week(id, OCTOBER.atDay(5).plusWeeks(week).toString(), login(id), String.valueOf(week), null));
            }
            if (index % 2 == 0) {
                earlier.add(assessment(id, "2026-09", index % 101, band(index % 101)));
            }
        }
        Collections.shuffle(weeks, new Random(11));
        new MetricsRepository(database).store(weeks, NOW);
        knownCompanies(ids.toArray(String[]::new));
        new AssessmentRepository(database).save(earlier, NOW);

        List<CompanyMonth> read = readOctober();

        assertThat(read).extracting(input -> input.company().value())
                .containsExactlyElementsOf(ids.stream().sorted().toList());
        for (CompanyMonth input : read) {
            int index = ids.indexOf(input.company().value());
            assertThat(input.weeks()).as("weeks of %s", input.company()).hasSize(index % 3)
                    .allSatisfy(week -> assertThat(week.company()).isEqualTo(input.company()));
            assertThat(input.previous()).as("previous of %s", input.company()).isEqualTo(index % 2 == 0
                    ? new Previous(band(index % 101), index % 101) : Previous.NONE);
        }
    }

    @Test
    void should_give_an_empty_week_list_when_a_company_has_no_week_in_the_month() {
        new CompanyRepository(database).saveDetails(List.of(new Company(CompanyId.of("quiet"), "Quiet Ltd", null,
                null, "smb")), NOW);
        new MetricsRepository(database).store(List.of(week("acme", "2026-10-05", "80", "60", "20"),
                week("elsewhen", "2026-09-21", "80", "60", "20"), week("elsewhen", "2026-10-26", "80", "60", "20")),
                NOW);

        List<CompanyMonth> read = readOctober();

        assertThat(read).extracting(input -> input.company().value()).containsExactly("acme", "elsewhen", "quiet");
        assertThat(read.get(1).weeks()).isEmpty();
        assertThat(read.get(2).weeks()).isEmpty();
        assertThat(read.get(2).segment()).isEqualTo("smb");
        assertThat(read.get(2).previous()).isEqualTo(Previous.NONE);
    }

    @Test
    void should_read_the_weeks_whose_sunday_is_in_the_month_in_week_order() {
        new MetricsRepository(database).store(List.of(week("acme", "2026-10-26", "1", "1", null),
                week("acme", "2026-10-19", "40", "40", null), week("acme", "2026-09-21", "2", "2", null),
                week("acme", "2026-10-05", "20", "20", null), week("acme", "2026-09-28", "10", "10", "-10"),
                week("acme", "2026-10-12", "30", "30", null)), NOW);

        assertThatWeeks(readOctober().get(0).weeks()).containsExactly(
                week("acme", "2026-09-28", "10", "10", "-10"), week("acme", "2026-10-05", "20", "20", null),
                week("acme", "2026-10-12", "30", "30", null), week("acme", "2026-10-19", "40", "40", null));
    }

    @Test
    void should_take_the_latest_earlier_assessment_when_the_company_has_several() {
        new MetricsRepository(database).store(List.of(week("acme", "2026-10-05", "80", "60", "20"),
                week("beta", "2026-10-05", "80", "60", "20")), NOW);
        new AssessmentRepository(database).save(List.of(assessment("acme", "2026-07", 90, Band.THRIVING),
                assessment("acme", "2026-09", null, Band.NONE), assessment("acme", "2026-08", 45, Band.STEADY),
                assessment("acme", "2026-10", 63, Band.HEALTHY), assessment("acme", "2026-11", 10, Band.AT_RISK),
                assessment("beta", "2025-12", 30, Band.STEADY), assessment("beta", "2026-10", 99, Band.THRIVING)), NOW);

        List<CompanyMonth> read = readOctober();

        assertThat(read).extracting(CompanyMonth::previous)
                .containsExactly(new Previous(Band.NONE, null), new Previous(Band.STEADY, 30));
    }

    @Test
    void should_read_what_read_one_reads_when_a_month_has_every_kind_of_company() {
        new CompanyRepository(database).saveDetails(List.of(new Company(CompanyId.of("Zeta"), null, null, null,
                "enterprise"), Company.known(CompanyId.of("quiet"))), NOW);
        new MetricsRepository(database).store(List.of(week("acme", "2026-10-05", "80", "60", "20"),
                week("acme", "2026-10-12", "70.5", "61.25", null), week("a_b", "2026-10-05", "1", "2", "3"),
                week("Zeta", "2026-09-28", "5", "6", "7")), NOW);
        new AssessmentRepository(database).save(List.of(assessment("acme", "2026-09", 45, Band.STEADY),
                assessment("Zeta", "2026-08", 80, Band.THRIVING)), NOW);
        MonthInputReader reader = new MonthInputReader(database);

        List<CompanyMonth> read = readOctober();

        assertThat(read).hasSize(4).allSatisfy(input -> {
            CompanyMonth one = reader.readOne(input.company(), input.segment(), OCTOBER);
            assertThat(input.previous()).isEqualTo(one.previous());
            assertThatWeeks(input.weeks()).containsExactlyElementsOf(one.weeks());
        });
    }

    @Test
    void should_read_nothing_when_the_store_is_empty() {
        assertThat(readOctober()).isEmpty();
    }

    /** The month run stores each batch of assessments while the reader is still streaming the month. */
    @Test
    void should_let_assessments_be_saved_when_a_month_is_being_read() {
        new MetricsRepository(database).store(List.of(week("acme", "2026-10-05", "80", "60", "20"),
                week("beta", "2026-10-05", "10", "20", null)), NOW);
        AssessmentRepository assessments = new AssessmentRepository(database);
        List<Assessment> saved = new ArrayList<>();

        new MonthInputReader(database).read(OCTOBER, input -> saved.addAll(assessments.save(
                List.of(assessment(input.company().value(), "2026-10", 63, Band.HEALTHY, "upsell-opportunity")), NOW)));

        assertThat(saved).hasSize(2);
        assertThat(count("SELECT COUNT(*) FROM assessments WHERE year_month = '2026-10'")).isEqualTo(2);
    }

    List<CompanyMonth> readOctober() {
        List<CompanyMonth> read = new ArrayList<>();
        new MonthInputReader(database).read(OCTOBER, read::add);
        return read;
    }

    /** Every id of one and two characters over an alphabet whose order differs between collations. */
    private static List<String> interleavingIds() {
        String alphabet = "-._19AaBbZz";
        List<String> ids = new ArrayList<>();
        for (char first : alphabet.toCharArray()) {
            ids.add(String.valueOf(first));
            for (char second : alphabet.toCharArray()) {
                ids.add("" + first + second);
            }
        }
        Collections.shuffle(ids, new Random(3));
        return ids;
    }

    /** A login distinct per id, so a week given to the wrong company shows. */
    private static String login(String id) {
        return String.valueOf(Math.floorMod(id.hashCode(), 100));
    }

    private static Band band(int score) {
        return score >= 76 ? Band.THRIVING : score >= 51 ? Band.HEALTHY : score >= 26 ? Band.STEADY : Band.AT_RISK;
    }
}

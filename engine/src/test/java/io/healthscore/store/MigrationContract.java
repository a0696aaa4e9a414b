package io.healthscore.store;

import static io.healthscore.testhelper.DefaultRules.week;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

/** The schema migrations run on an empty store, and opening an existing store again leaves it as it is. */
abstract class MigrationContract extends StoreContract {

    private static final String TABLES = """
            SELECT LOWER(name) FROM (%s) AS t
            WHERE LOWER(name) %s 'flyway_schema_history' AND LOWER(name) %s 'qrtz_%%'
            ORDER BY 1""";

    MigrationContract(TestStore kind) {
        super(kind);
    }

    /** The store's tables as one column, name. */
    private String tables() {
        return database.dialect() == Dialect.SQLITE ? "SELECT name FROM sqlite_master WHERE type = 'table'"
                : "SELECT table_name AS name FROM information_schema.tables WHERE LOWER(table_schema) = 'public'";
    }

    @Test
    void should_create_every_table_when_the_store_is_empty() {
        assertThat(rows(TABLES.formatted(tables(), "<>", "NOT LIKE")))
                .flatExtracting(row -> row)
                .containsExactly("activities", "assessments", "companies", "metrics", "overrides", "provisional",
                        "rule_files", "run_shards", "runs", "trigger_files", "triggers", "users");
    }

    @Test
    void should_create_the_quartz_job_store_when_the_store_is_empty() {
        assertThat(rows(TABLES.formatted(tables(), "<>", "LIKE")))
                .flatExtracting(row -> row)
                .containsExactly("qrtz_blob_triggers", "qrtz_calendars", "qrtz_cron_triggers", "qrtz_fired_triggers",
                        "qrtz_job_details", "qrtz_locks", "qrtz_paused_trigger_grps", "qrtz_scheduler_state",
                        "qrtz_simple_triggers", "qrtz_simprop_triggers", "qrtz_triggers");
    }

    @Test
    void should_record_every_migration_as_applied_when_the_store_is_empty() {
        MigrationInfo[] applied = migrations().applied();

        assertThat(applied).isNotEmpty().allSatisfy(migration -> assertThat(migration.getState())
                .isEqualTo(MigrationState.SUCCESS));
        assertThat(migrations().pending()).isEmpty();
    }

    @Test
    void should_keep_schema_and_data_when_the_store_is_opened_again() {
        new MetricsRepository(database).store(List.of(week("acme", "2026-10-05", "82.5", "61", "40")), NOW);
        List<String> before = history();

        reopen();
        reopen();

        assertThat(history()).isEqualTo(before);
        assertThat(migrations().pending()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM metrics WHERE company_id = 'acme'")).isEqualTo(1);
        assertThat(new CompanyRepository(database).count()).isEqualTo(1);
    }

    /** Every applied migration with its version, checksum and the moment it ran: unchanged if none ran again. */
    private List<String> history() {
        return Arrays.stream(migrations().applied())
                .map(migration -> migration.getVersion() + " " + migration.getChecksum() + " "
                        + migration.getInstalledOn().getTime() + " " + migration.getInstalledRank())
                .toList();
    }

    private MigrationInfoService migrations() {
        return Migrations.flyway(database.dialect(), database.dataSource()).info();
    }
}

package io.healthscore.store;

import static io.healthscore.testhelper.DefaultRules.week;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

/** The schema migrations run on an empty store, and opening an existing store again leaves it as it is. */
abstract class MigrationContract extends StoreContract {

    MigrationContract(TestStore kind) {
        super(kind);
    }

    @Test
    void should_create_every_table_when_the_store_is_empty() {
        assertThat(rows("""
                SELECT LOWER(table_name) FROM information_schema.tables
                WHERE LOWER(table_schema) = 'public' AND LOWER(table_name) <> 'flyway_schema_history'
                AND LOWER(table_name) NOT LIKE 'qrtz_%'
                ORDER BY 1"""))
                .flatExtracting(row -> row)
                .containsExactly("activities", "assessments", "companies", "overrides", "rule_files", "run_shards", "runs", "triggers", "weekly_metrics");
    }

    @Test
    void should_create_the_quartz_job_store_when_the_store_is_empty() {
        assertThat(rows("""
                SELECT LOWER(table_name) FROM information_schema.tables
                WHERE LOWER(table_schema) = 'public' AND LOWER(table_name) LIKE 'qrtz_%'
                ORDER BY 1"""))
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
        assertThat(count("SELECT COUNT(*) FROM weekly_metrics WHERE company_id = 'acme'")).isEqualTo(1);
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
        return Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/migration").load().info();
    }
}

package io.healthscore.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SettableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeConfigurationTest {
    @TempDir
    Path folder;

    private CliRun serve(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "serve";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--store";
        all[args.length + 2] = folder.resolve("store").toString();
        all[args.length + 3] = "--rules";
        all[args.length + 4] = Repo.rules().toString();
        return CliRun.run(SettableClock.at("2026-11-02T07:00:00Z"), all);
    }

    @Test
    void should_stop_start_up_naming_the_key_when_the_cron_expression_is_invalid() {
        CliRun run = serve("--cron", "0 2 1 * *");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("healthscore: configuration: schedule.cron (from command-line option) '0 2 1 * *'")
                .contains("accepted: a Quartz cron expression");
        assertThat(folder.resolve("store")).doesNotExist();
    }

    @Test
    void should_name_the_file_and_key_when_a_configured_number_is_out_of_range() throws IOException {
        Path config = Files.writeString(folder.resolve("serve.properties"), "schedule.zone=UTC\nschedule.shards=0\n");

        CliRun run = serve("--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .contains("schedule.shards (from " + config + ") '0' is not valid; accepted: a whole number from 1 to 1024");
    }

    @Test
    void should_list_the_accepted_keys_when_the_file_has_an_unknown_key() throws IOException {
        Path config = Files.writeString(folder.resolve("serve.properties"), "schedule.crn=0 0 2 1 * ?\n");

        CliRun run = serve("--config", config.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .contains(config + ": unknown key 'schedule.crn'; accepted: ")
                .contains("schedule.cron");
    }

    @Test
    void should_reject_an_unknown_time_zone_when_it_is_given() {
        CliRun run = serve("--zone", "Mars/Olympus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .contains("schedule.zone (from command-line option) 'Mars/Olympus' is not valid; accepted: a time zone id");
    }

    @Test
    void should_stop_start_up_naming_the_key_when_the_provisional_cron_expression_is_invalid() {
        CliRun run = serve("--provisional-cron", "0 6 * * MON");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("healthscore: configuration: schedule.provisional-cron (from command-line option) '0 6 * * MON'")
                .contains("accepted: a Quartz cron expression");
    }

    @Test
    void should_score_the_month_to_date_on_mondays_at_six_when_no_provisional_cron_is_set() {
        assertThat(ServeSettings.DEFAULT_PROVISIONAL_CRON).isEqualTo("0 0 6 ? * MON");
        assertThat(new ServeSettings(ServeSettings.DEFAULT_CRON, java.time.ZoneOffset.UTC, 1, 1, "node", "127.0.0.1", 0,
                java.time.Duration.ofSeconds(7), java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1), null,
                1L << 20, java.time.Duration.ofHours(8), false).provisionalCron())
                .isEqualTo(ServeSettings.DEFAULT_PROVISIONAL_CRON);
    }

    @Test
    void should_take_the_option_over_the_file_when_both_set_a_key() throws IOException {
        Path config = Files.writeString(folder.resolve("serve.properties"), "schedule.shards=abc\n");

        CliRun run = serve("--config", config.toString(), "--shards", "-1");

        assertThat(run.errLines()).singleElement().asString()
                .contains("schedule.shards (from command-line option) '-1'");
    }
}

package io.healthscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.MailServer;
import io.healthscore.testhelper.ReceivedMail;
import io.healthscore.testhelper.SettableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The triggers commands on a real store and a real SMTP server: what was sent, what is dead and why, retrying dead
 * triggers after the companies file was fixed, and replaying one on purpose.
 */
class TriggersCommandTest {
    private static final String MONTH = "2026-10";

    @TempDir
    Path folder;

    private MailServer mail;
    private CliStore store;
    private Path automations;

    @BeforeEach
    void twoAtRiskCompaniesOneWithoutContact() throws IOException {
        mail = MailServer.smtp();
        store = new CliStore(folder, SettableClock.at("2026-11-03T09:00:00Z"));
        automations = Files.writeString(folder.resolve("automations.yaml"), """
                delivery:
                  attempts: 2
                  backoff: 100ms
                  wait: 2s
                channels:
                  mail:
                    type: email
                    host: 127.0.0.1
                    port: %d
                    security: none
                    from: "Customer Success <cs@healthscore.example>"
                triggers:
                  outreach-email:
                    channel: mail
                  internal-notification:
                    channel: mail
                    to: owner
                  follow-up-task: off
                """.formatted(mail.port()));
        companies("acme,Acme Corporation,dana@cs.example,success@acme.example,enterprise",
                "beta,Beta Ltd,sam@cs.example,,smb");
        for (String company : List.of("acme", "beta")) {
            store.ingest(CliStore.week(company, "2026-09-28", "10", "10", null),
                    CliStore.week(company, "2026-10-05", "10", "10", null));
        }
    }

    @AfterEach
    void stopMail() {
        mail.close();
    }

    @Test
    void should_report_delivered_dead_and_off_counts_when_a_run_delivers_through_email() {
        CliRun run = command("run", "--month", MONTH, "--summary");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("delivery: 3 delivered, 0 waiting to retry, 1 dead-lettered, 2 off")
                .contains("see `healthscore triggers --status dead`");
        assertThat(mail.received()).extracting(message -> ReceivedMail.of(message).to().get(0)).containsExactlyInAnyOrder(
                "success@acme.example", "dana@cs.example", "sam@cs.example");
        Map<String, JsonNode> listed = listed("--json");
        assertThat(listed.get("acme/2026-10/outreach-email").get("status").asText()).isEqualTo("sent");
        assertThat(listed.get("acme/2026-10/outreach-email").get("channel").asText()).isEqualTo("mail");
        assertThat(listed.get("acme/2026-10/follow-up-task").get("status").asText()).isEqualTo("off");
        JsonNode dead = listed.get("beta/2026-10/outreach-email");
        assertThat(dead.get("status").asText()).isEqualTo("dead");
        assertThat(dead.get("lastError").asText()).contains("beta").contains("no contact email").contains("column contact");
    }

    @Test
    void should_show_each_trigger_delivery_in_explain_when_one_was_sent_one_dead_lettered_and_one_off() {
        command("run", "--month", MONTH, "--summary");

        CliRun beta = command("explain", "beta", "--month", MONTH);
        CliRun acme = command("explain", "acme", "--month", MONTH);

        assertThat(beta.exitCode()).as(beta.err()).isZero();
        assertThat(beta.out()).containsPattern("outreach-email: asked for by .*; emitted .*, dead-lettered: company beta"
                + " has no contact email").containsPattern("internal-notification: .*, delivered .* through mail");
        assertThat(acme.out()).containsPattern("follow-up-task: .*, not delivered: its automation is off");
    }

    @Test
    void should_list_only_the_matching_triggers_when_filtered_by_status_company_and_month() {
        command("run", "--month", MONTH, "--summary");

        CliRun dead = command("triggers", "--status", "dead");

        assertThat(dead.exitCode()).as(dead.err()).isZero();
        assertThat(dead.outLines()).hasSize(2);
        assertThat(dead.outLines().get(1)).startsWith("beta/2026-10/outreach-email").contains("dead")
                .contains("no contact email");
        assertThat(dead.err()).contains("1 shown; in the outbox: 0 pending, 3 sent, 1 dead, 2 off");
        assertThat(listed("--company", "acme", "--json").keySet()).containsExactlyInAnyOrder(
                "acme/2026-10/outreach-email", "acme/2026-10/follow-up-task", "acme/2026-10/internal-notification");
        assertThat(listed("--month", "2026-09", "--json")).isEmpty();
        assertThat(listed("--limit", "2", "--json")).hasSize(2);
    }

    @Test
    void should_deliver_a_dead_trigger_when_the_companies_file_was_fixed_and_it_is_retried() {
        command("run", "--month", MONTH, "--summary");
        companies("beta,Beta Ltd,sam@cs.example,ops@beta.example,smb");

        CliRun retry = command("triggers", "retry", "--company", "beta");

        assertThat(retry.exitCode()).as(retry.err()).isZero();
        assertThat(retry.out()).contains("re-queued 1 dead-lettered triggers; 1 delivered");
        assertThat(mail.received()).extracting(message -> ReceivedMail.of(message).to().get(0)).contains("ops@beta.example");
        assertThat(listed("--json").get("beta/2026-10/outreach-email").get("status").asText()).isEqualTo("sent");
        assertThat(listed("--json").get("beta/2026-10/outreach-email").get("attempts").asInt()).isEqualTo(1);
    }

    @Test
    void should_exit_1_and_keep_it_dead_when_a_retried_trigger_fails_again() {
        command("run", "--month", MONTH, "--summary");

        CliRun retry = command("triggers", "retry");

        assertThat(retry.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(retry.out()).contains("re-queued 1 dead-lettered triggers; 0 delivered").contains("1 dead-lettered");
        assertThat(listed("--json").get("beta/2026-10/outreach-email").get("status").asText()).isEqualTo("dead");
    }

    @Test
    void should_send_it_again_marked_as_a_replay_when_a_sent_trigger_is_replayed() {
        command("run", "--month", MONTH, "--summary");
        int before = mail.received().size();

        CliRun replay = command("triggers", "replay", "acme/2026-10/outreach-email");

        assertThat(replay.exitCode()).as(replay.err()).isZero();
        assertThat(replay.out()).contains("replayed acme/2026-10/outreach-email through mail: 250");
        assertThat(mail.received()).hasSize(before + 1);
        ReceivedMail again = mail.received().stream().map(ReceivedMail::of)
                .filter(received -> received.replayHeader() != null).findFirst().orElseThrow();
        assertThat(again.to()).containsExactly("success@acme.example");
        assertThat(again.replayHeader()).isEqualTo("true");
        assertThat(again.eventHeader()).isEqualTo("acme/2026-10/outreach-email");
        JsonNode listed = listed("--json").get("acme/2026-10/outreach-email");
        assertThat(listed.get("replays").asInt()).isEqualTo(1);
        assertThat(listed.get("status").asText()).isEqualTo("sent");
    }

    @Test
    void should_refuse_with_what_to_do_when_the_trigger_to_replay_is_off_unknown_or_malformed() {
        command("run", "--month", MONTH, "--summary");

        CliRun off = command("triggers", "replay", "acme/2026-10/follow-up-task");
        CliRun unknown = command("triggers", "replay", "acme/2026-09/outreach-email");
        CliRun malformed = command("triggers", "replay", "acme-outreach");

        assertThat(off.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(off.err()).contains("its automation is off");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(unknown.err()).contains("no trigger acme/2026-09/outreach-email").contains("healthscore triggers");
        assertThat(malformed.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(malformed.err()).contains("'acme-outreach' is not an event id").contains("COMPANY/YYYY-MM/TRIGGER");
    }

    @Test
    void should_exit_2_naming_what_is_accepted_when_the_status_filter_is_unknown() {
        CliRun run = command("triggers", "--status", "failed");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("unknown status 'failed'; accepted: pending, sent, dead, off");
    }

    private void companies(String... rows) {
        try {
            Path file = Files.writeString(folder.resolve("companies-" + rows.length + "-" + System.nanoTime() + ".csv"),
                    "company,name,owner,contact,segment\n" + String.join("\n", rows) + "\n");
            CliRun ingest = store.command("ingest", "--companies", file.toString());
            assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CliRun command(String... args) {
        String[] all = Stream.concat(Arrays.stream(args),
                Stream.of("--automations", automations.toString())).toArray(String[]::new);
        return store.command(all);
    }

    private Map<String, JsonNode> listed(String... filters) {
        String[] args = Stream.concat(Stream.of("triggers"), Arrays.stream(filters)).toArray(String[]::new);
        CliRun run = command(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.outLines().stream().filter(line -> !line.isBlank()).map(CliStore::parse)
                .collect(Collectors.toMap(node -> node.get("id").asText(), Function.identity()));
    }
}

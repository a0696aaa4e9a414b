package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.CliStore;
import io.healthscore.testhelper.MailServer;
import io.healthscore.testhelper.ReceivedMail;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.SampleStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every default automation on the samples (four months, all ten default triggers), through a real SMTP server and a
 * real HTTP server: the customer-facing ones mailed to the customer contact, the internal notification mailed to
 * the CSM owner, the follow-up task, upsell opportunity and score-drop alert posted to a signed webhook. Each
 * trigger arrives once, at the right address, with its company's name and, for internal ones, its numbers.
 */
class DefaultAutomationsOnSamplesTest {
    private static final String SECRET = "crm-s3cret";
    private static final Set<String> WEBHOOK = Set.of("follow-up-task", "upsell-opportunity", "score-drop-alert");
    private static final Map<String, String> LABELS = Map.of("THRIVING", "Thriving", "HEALTHY", "Healthy",
            "STEADY", "Steady", "AT_RISK", "At Risk", "NONE", "No data");

    @TempDir
    Path folder;

    @Test
    void should_deliver_each_default_automation_to_its_channel_with_its_content_when_the_samples_are_run()
            throws IOException {
        try (MailServer mail = MailServer.smtp(); WebhookReceiver crm = WebhookReceiver.start()) {
            SampleStore store = new SampleStore(folder.resolve("store"));
            CliRun demo = store.command("demo", "--samples", Repo.samples().toString(), "--automations",
                    automations(mail, crm).toString());
            assertThat(demo.exitCode()).as(demo.err()).isZero();

            List<JsonNode> outbox = outbox(store);
            assertThat(outbox).extracting(entry -> entry.get("trigger").asText()).containsAll(DefaultMessages.names());
            assertThat(outbox).allSatisfy(entry -> assertThat(entry.get("status").asText()).isEqualTo("sent"));
            Map<String, String[]> companies = companies();
            Map<String, ReceivedMail> mails = byEvent(mail.received().stream().map(ReceivedMail::of).toList());
            Map<String, WebhookReceiver.Request> posts = new HashMap<>();
            crm.requests().forEach(request -> assertThat(posts.put(request.header(WebhookChannel.EVENT_HEADER), request))
                    .as("posted once").isNull());
            for (JsonNode entry : outbox) {
                String[] company = companies.get(entry.get("company").asText());
                if (WEBHOOK.contains(entry.get("trigger").asText())) {
                    assertPosted(posts.get(entry.get("id").asText()), entry, company);
                } else {
                    assertMailed(mails.get(entry.get("id").asText()), entry, company);
                }
            }
            assertThat(mails.size() + posts.size()).isEqualTo(outbox.size());
        }
    }

    private static void assertPosted(WebhookReceiver.Request request, JsonNode entry, String[] company) {
        assertThat(request).as("posted: %s", entry.get("id")).isNotNull();
        assertThat(WebhookReceiver.verifies(request.body(), request.header(Signature.HEADER), SECRET)).isTrue();
        JsonNode body = CliStore.parse(request.text());
        assertThat(body.get("company").asText()).isEqualTo(entry.get("company").asText());
        assertThat(body.get("month").asText()).isEqualTo(entry.get("month").asText());
        assertThat(body.get("band").asText()).isEqualTo(entry.get("band").asText());
        assertThat(body.get("previousBand").asText()).isEqualTo(entry.get("previousBand").asText());
        assertThat(body.get("companyName").asText()).isEqualTo(company[0]);
        assertThat(body.get("owner").asText()).isEqualTo(company[1]);
        assertThat(body.get("drivers").get("weeks").asInt()).isPositive();
    }

    private static void assertMailed(ReceivedMail received, JsonNode entry, String[] company) {
        assertThat(received).as("mailed: %s", entry.get("id")).isNotNull();
        boolean internal = entry.get("trigger").asText().equals("internal-notification");
        assertThat(received.to()).containsExactly(internal ? company[1] : company[2]);
        assertThat(received.text()).contains(company[0]);
        assertThat(received.html()).contains(company[0].replace("&", "&amp;"));
        if (internal) {
            String band = LABELS.get(entry.get("band").asText());
            assertThat(received.subject()).contains(company[0]);
            assertThat(received.text()).contains("Band:      " + band + " (previous "
                    + LABELS.get(entry.get("previousBand").asText()) + ")");
            if (!entry.get("band").asText().equals("NONE")) {
                assertThat(received.text()).containsPattern("Score:     \\d+ ");
            }
        } else {
            assertThat(received.text()).as("customer mails show no internal score").doesNotContain("Score:");
        }
    }

    private Path automations(MailServer mail, WebhookReceiver crm) throws IOException {
        StringBuilder yaml = new StringBuilder("""
                channels:
                  mail:
                    type: email
                    host: %s
                    port: %d
                    security: none
                    from: "Customer Success <cs@healthscore.example>"
                  crm:
                    type: webhook
                    url: %s
                    secret: %s
                triggers:
                """.formatted(MailServer.HOST, mail.port(), crm.url(), SECRET));
        for (String trigger : DefaultMessages.names()) {
            yaml.append("  ").append(trigger).append(":\n    channel: ")
                    .append(WEBHOOK.contains(trigger) ? "crm" : "mail").append('\n');
        }
        return Files.writeString(folder.resolve("automations.yaml"), yaml);
    }

    private static List<JsonNode> outbox(SampleStore store) {
        CliRun list = store.command("triggers", "--json", "--limit", "10000");
        assertThat(list.exitCode()).as(list.err()).isZero();
        return list.outLines().stream().filter(line -> !line.isBlank()).map(CliStore::parse).toList();
    }

    /** company id -> name, owner, contact, from samples/companies.csv. */
    private static Map<String, String[]> companies() throws IOException {
        return Files.readAllLines(Repo.samples().resolve("companies.csv")).stream().skip(1)
                .map(line -> line.split(",", -1))
                .collect(Collectors.toMap(fields -> fields[0], fields -> new String[] {fields[1], fields[2], fields[3]}));
    }

    private static Map<String, ReceivedMail> byEvent(List<ReceivedMail> received) {
        Map<String, ReceivedMail> byEvent = new HashMap<>();
        received.forEach(mail -> assertThat(byEvent.put(mail.eventHeader(), mail)).as("mailed once").isNull());
        return byEvent;
    }
}

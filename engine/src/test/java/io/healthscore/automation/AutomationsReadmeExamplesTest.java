package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The YAML examples of the automations documentation load as written and route what the text says: one for the
 * file, one for a webhook, one for email, in docs/automations.md.
 */
class AutomationsReadmeExamplesTest {
    private static final Pattern YAML = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path folder;

    @Test
    void should_hold_one_example_per_channel_kind() throws IOException {
        assertThat(examples()).hasSize(3);
    }

    @Test
    void should_route_to_the_file_with_a_message_when_the_file_example_is_used() throws IOException {
        Automations automations = load(examples().get(0));

        assertThat(automations.channels()).containsOnlyKeys(TriggersFileChannel.NAME);
        assertThat(automations.retry().attempts()).isEqualTo(3);
        assertThat(automations.route("loyalty-offer").enabled()).isFalse();
        assertThat(automations.route("internal-notification").message().text()
                .render(Events.event("internal-notification"))).isEqualTo("Acme Corp is now At Risk (24)");
    }

    @Test
    void should_send_to_the_signed_webhook_when_the_webhook_example_is_used() throws IOException {
        Automations automations = load(examples().get(1));

        assertThat(((WebhookChannel) automations.channel("crm")).settings().secret()).isEqualTo("webhook-secret");
        assertThat(automations.route("follow-up-task").channel()).isEqualTo("crm");
        assertThat(automations.route("score-drop-alert").channel()).isEqualTo("crm");
        assertThat(automations.route("follow-up-task").message().text().render(Events.event("follow-up-task")))
                .isEqualTo("Call Acme Corp: At Risk at 24 (was 39)");
    }

    @Test
    void should_mail_owner_contact_and_fixed_addresses_when_the_email_example_is_used() throws IOException {
        Automations automations = load(examples().get(2));

        assertThat(automations.route("outreach-email").to()).isEqualTo(Recipient.CONTACT);
        assertThat(automations.route("follow-up-task").to()).isEqualTo(Recipient.OWNER);
        assertThat(automations.route("engagement-email").to()).isEqualTo(Recipient.CONTACT);
        assertThat(automations.route("score-drop-alert").to().addresses()).hasSize(2);
        assertThat(automations.route("engagement-email").message().html().render(Events.event("engagement-email")))
                .isEqualTo("<p>Hello Acme Corp team,</p>\n<p>dana@example.com will call you this week.</p>\n");
    }

    private Automations load(String yaml) throws IOException {
        Path file = Files.writeString(folder.resolve("automations.yaml"), yaml);
        return AutomationsFile.load(file, folder.resolve("triggers.jsonl"), AutomationsExamplesTest.ENVIRONMENT,
                Set.of());
    }

    private static List<String> examples() throws IOException {
        String text = Files.readString(Repo.root().resolve("docs/automations.md"));
        List<String> examples = new ArrayList<>();
        Matcher block = YAML.matcher(text);
        while (block.find()) {
            examples.add(block.group(1));
        }
        return examples;
    }
}

package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example automations files in samples/automations/ load as they are and route what their comments say. */
class AutomationsExamplesTest {
    /** Every variable the examples name, as an operator would set them. */
    static final Map<String, String> ENVIRONMENT = Map.of("HEALTHSCORE_WEBHOOK_SECRET", "webhook-secret",
            "SMTP_USERNAME", "healthscore", "SMTP_PASSWORD", "smtp-password", "CRM_API_TOKEN", "crm-token");

    @TempDir
    Path folder;

    private Automations load(String name) {
        return AutomationsFile.load(examples().resolve(name), folder.resolve("triggers.jsonl"), ENVIRONMENT, Set.of());
    }

    @Test
    void should_hold_only_examples_that_this_test_checks() throws IOException {
        try (Stream<Path> files = Files.list(examples())) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("webhook.yaml", "email.yaml", "all-channels.yaml");
        }
    }

    @Test
    void should_send_the_internal_automations_to_the_signed_webhook_when_webhook_yaml_is_used() {
        Automations automations = load("webhook.yaml");

        for (String trigger : List.of("follow-up-task", "upsell-opportunity", "internal-notification",
                "score-drop-alert")) {
            assertThat(automations.route(trigger).channel()).as(trigger).isEqualTo("crm");
        }
        assertThat(automations.route("outreach-email").channel()).isEqualTo(TriggersFileChannel.NAME);
        assertThat(((WebhookChannel) automations.channel("crm")).settings().secret()).isEqualTo("webhook-secret");
        assertThat(automations.route("score-drop-alert").message().text().render(Events.event("score-drop-alert")))
                .isEqualTo("Acme Corp dropped -15 points to 24 in October 2026");
    }

    @Test
    void should_mail_customers_to_the_contact_and_internal_ones_to_the_owner_when_email_yaml_is_used() {
        Automations automations = load("email.yaml");

        for (String trigger : List.of("outreach-email", "support-resources-email", "engagement-email", "loyalty-offer",
                "case-study-request")) {
            assertThat(automations.route(trigger).to()).as(trigger).isEqualTo(Recipient.CONTACT);
            assertThat(automations.route(trigger).channel()).as(trigger).isEqualTo("mail");
        }
        for (String trigger : List.of("follow-up-task", "upsell-opportunity", "internal-notification",
                "score-drop-alert")) {
            assertThat(automations.route(trigger).to()).as(trigger).isEqualTo(Recipient.OWNER);
        }
        assertThat(automations.route("referral-request").enabled()).isFalse();
        SmtpSettings mail = ((EmailChannel) automations.channel("mail")).settings();
        assertThat(mail.security()).isEqualTo(SmtpSettings.Security.STARTTLS);
        assertThat(mail.username()).isEqualTo("healthscore");
        assertThat(mail.password()).isEqualTo("smtp-password");
    }

    @Test
    void should_render_the_custom_outreach_email_with_or_without_an_owner_when_email_yaml_is_used() {
        Route.Message outreach = load("email.yaml").route("outreach-email").message();
        TriggerEvent withOwner = Events.event("outreach-email");
        TriggerEvent withoutOwner = Events.event("outreach-email", Events.company("Acme Corp", null, Events.CONTACT));

        assertThat(outreach.subject().render(withOwner)).isEqualTo("Acme Corp: how can we help?");
        assertThat(outreach.text().render(withOwner)).contains("October 2026 was a quieter month",
                "Your customer success manager, dana@example.com, will be in touch this week to see how we can help.");
        assertThat(outreach.text().render(withoutOwner))
                .contains("Our customer success team will be in touch this week to see how we can help.")
                .doesNotContain("n/a");
        assertThat(outreach.html().render(withOwner)).contains("<a href=\"mailto:dana@example.com\">");
    }

    @Test
    void should_mix_every_channel_kind_when_all_channels_yaml_is_used() {
        Automations automations = load("all-channels.yaml");

        assertThat(automations.channels()).containsOnlyKeys(TriggersFileChannel.NAME, "crm", "slack", "mail");
        assertThat(automations.retry()).isEqualTo(RetryPolicy.DEFAULT);
        assertThat(automations.lease()).isEqualTo(Automations.DEFAULT_LEASE);
        assertThat(automations.settle()).isEqualTo(Automations.DEFAULT_WAIT);
        assertThat(automations.poll()).isEqualTo(Automations.DEFAULT_POLL);
        assertThat(automations.route("outreach-email").channel()).isEqualTo("mail");
        assertThat(automations.route("outreach-email").to()).isEqualTo(Recipient.CONTACT);
        assertThat(automations.route("follow-up-task").channel()).isEqualTo("crm");
        assertThat(automations.route("internal-notification").channel()).isEqualTo("slack");
        assertThat(automations.route("loyalty-offer").enabled()).isFalse();
        assertThat(automations.route("referral-request").enabled()).isFalse();
        assertThat(automations.route("score-drop-alert").to().kind()).isEqualTo(Recipient.Kind.ADDRESSES);
        assertThat(((WebhookChannel) automations.channel("crm")).settings().headers())
                .containsEntry("Authorization", "Bearer crm-token");
        assertThat(automations.route("internal-notification").message().text()
                .render(Events.event("internal-notification"))).isEqualTo("Acme Corp is now At Risk (24), NPS -12");
    }

    static Path examples() {
        return Repo.samples().resolve("automations");
    }
}

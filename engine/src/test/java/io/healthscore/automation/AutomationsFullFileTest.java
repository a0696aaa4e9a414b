package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A complete automations file loads with every value it sets, and the defaults for what it leaves out. */
class AutomationsFullFileTest {
    private static final String FILE = """
            delivery:
              attempts: 8
              backoff: 30s
              max-backoff: 2h
              lease: 2m
              wait: 0s
              poll: 500ms
            channels:
              crm:
                type: webhook
                url: https://crm.example.com/hooks/healthscore
                secret: ${env:CRM_SECRET}
                timeout: 20s
                connect-timeout: 3s
                headers:
                  Authorization: Bearer ${env:CRM_TOKEN}
                  X-Tenant: acme
              mail:
                type: email
                host: smtp.example.com
                security: tls
                port: 465
                username: healthscore
                password: ${env:SMTP_PASSWORD}
                from: Customer Success <cs@example.com>
                timeout: 30s
                trust: [smtp.example.com]
              relay:
                type: email
                host: relay.internal
                from: healthscore@example.com
            triggers:
              follow-up-task:
                channel: crm
                text: "Call {{company.name}}: {{bandLabel}} ({{score}})"
              upsell-opportunity:
                channel: crm
                enabled: false
              outreach-email:
                channel: mail
                subject: "{{company.name}}, can we help?"
                text: |
                  Hello,
                  we noticed fewer logins in {{monthName}}.
                html: "<p>We noticed fewer logins in {{monthName}}.</p>"
              internal-notification:
                channel: relay
                to: [cs-team@example.com, "Dana <dana@example.com>"]
              score-drop-alert:
                channel: mail
                to: owner
              engagement-email:
                channel: mail
                to: contact
              loyalty-offer: off
              referral-request: on
            """;

    @TempDir
    Path folder;

    private Automations automations;

    @BeforeEach
    void load() {
        automations = new AutomationsYaml(folder)
                .withEnvironment(Map.of("CRM_SECRET", "crm-s3cret", "CRM_TOKEN", "tok3n", "SMTP_PASSWORD", "smtp-s3cret"))
                .load(FILE);
    }

    @Test
    void should_read_the_delivery_settings_when_given() {
        assertThat(automations.retry()).isEqualTo(new RetryPolicy(8, Duration.ofSeconds(30), Duration.ofHours(2)));
        assertThat(automations.lease()).isEqualTo(Duration.ofMinutes(2));
        assertThat(automations.settle()).isEqualTo(Duration.ZERO);
        assertThat(automations.poll()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void should_read_the_webhook_settings_with_the_environment_substituted() {
        WebhookSettings crm = ((WebhookChannel) automations.channel("crm")).settings();

        assertThat(crm.url()).isEqualTo(URI.create("https://crm.example.com/hooks/healthscore"));
        assertThat(crm.secret()).isEqualTo("crm-s3cret");
        assertThat(crm.timeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(crm.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(crm.headers()).containsExactlyInAnyOrderEntriesOf(
                Map.of("Authorization", "Bearer tok3n", "X-Tenant", "acme"));
    }

    @Test
    void should_read_the_smtp_settings_with_the_environment_substituted() {
        SmtpSettings mail = ((EmailChannel) automations.channel("mail")).settings();

        assertThat(mail.server()).isEqualTo("smtp.example.com:465");
        assertThat(mail.security()).isEqualTo(SmtpSettings.Security.TLS);
        assertThat(mail.username()).isEqualTo("healthscore");
        assertThat(mail.password()).isEqualTo("smtp-s3cret");
        assertThat(mail.from()).isEqualTo("Customer Success <cs@example.com>");
        assertThat(mail.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(mail.trust()).containsExactly("smtp.example.com");
    }

    @Test
    void should_default_port_security_and_timeouts_when_an_email_channel_leaves_them_out() {
        SmtpSettings relay = ((EmailChannel) automations.channel("relay")).settings();

        assertThat(relay.port()).isEqualTo(587);
        assertThat(relay.security()).isEqualTo(SmtpSettings.Security.STARTTLS);
        assertThat(relay.username()).isNull();
        assertThat(relay.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(relay.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(relay.trust()).isEmpty();
    }

    @Test
    void should_route_each_trigger_to_its_channel_and_switch_off_the_ones_written_off() {
        assertThat(automations.route("follow-up-task").channel()).isEqualTo("crm");
        assertThat(automations.route("upsell-opportunity").enabled()).isFalse();
        assertThat(automations.route("outreach-email").channel()).isEqualTo("mail");
        assertThat(automations.route("internal-notification").channel()).isEqualTo("relay");
        assertThat(automations.route("loyalty-offer").enabled()).isFalse();
        assertThat(automations.route("referral-request").enabled()).isTrue();
        assertThat(automations.route("referral-request").channel()).isEqualTo(TriggersFileChannel.NAME);
        assertThat(automations.route("case-study-request").channel()).isEqualTo(TriggersFileChannel.NAME);
        assertThat(automations.route("case-study-request").enabled()).isTrue();
    }

    @Test
    void should_send_emails_to_the_configured_recipients_or_the_default_ones() {
        assertThat(automations.route("internal-notification").to())
                .isEqualTo(Recipient.addresses(List.of("cs-team@example.com", "Dana <dana@example.com>")));
        assertThat(automations.route("score-drop-alert").to()).isEqualTo(Recipient.OWNER);
        assertThat(automations.route("engagement-email").to()).isEqualTo(Recipient.CONTACT);
        assertThat(automations.route("outreach-email").to()).isEqualTo(Recipient.CONTACT);
    }

    @Test
    void should_render_the_configured_templates_and_keep_the_default_ones_for_the_rest() {
        TriggerEvent outreach = Events.event("outreach-email");
        Route.Message message = automations.route("outreach-email").message();

        assertThat(message.subject().render(outreach)).isEqualTo("Acme Corp, can we help?");
        assertThat(message.text().render(outreach)).isEqualTo("Hello,\nwe noticed fewer logins in October 2026.\n");
        assertThat(message.html().render(outreach)).isEqualTo("<p>We noticed fewer logins in October 2026.</p>");
        assertThat(automations.route("score-drop-alert").message().subject().source())
                .isEqualTo(DefaultMessages.of("score-drop-alert").orElseThrow().message().subject().source());
    }

    @Test
    void should_send_the_text_as_the_message_when_a_webhook_route_has_one() {
        Route route = automations.route("follow-up-task");

        assertThat(route.message().text().render(Events.event("follow-up-task"))).isEqualTo("Call Acme Corp: At Risk (24)");
        assertThat(route.message().subject()).isNull();
        assertThat(route.message().html()).isNull();
    }
}

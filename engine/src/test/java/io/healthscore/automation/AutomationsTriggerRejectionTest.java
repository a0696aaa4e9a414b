package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A route that cannot be delivered as written stops start-up naming the file, line and key, and what is accepted. */
class AutomationsTriggerRejectionTest {
    private static final String CHANNELS = """
            channels:
              crm:
                type: webhook
                url: https://crm.example.com/hooks/healthscore
              mail:
                type: email
                host: smtp.example.com
                from: cs@example.com
            triggers:
            """;

    @TempDir
    Path folder;

    private String rejection(String triggers) {
        return new AutomationsYaml(folder).withRulesEmitting("renewal-risk-call").rejection(CHANNELS + triggers);
    }

    @Test
    void should_list_the_trigger_names_when_a_name_is_unknown() {
        assertThat(rejection("""
                  outreach-mail: off
                """)).isEqualTo("automations.yaml:10: triggers.outreach-mail: is not a trigger the rules emit;"
                + " accepted: case-study-request, engagement-email, follow-up-task, internal-notification,"
                + " loyalty-offer, outreach-email, referral-request, renewal-risk-call, score-drop-alert,"
                + " support-resources-email, upsell-opportunity");
    }

    @Test
    void should_list_the_defined_channels_when_a_route_names_another() {
        assertThat(rejection("""
                  outreach-email:
                    channel: slack
                """)).isEqualTo("automations.yaml:11: triggers.outreach-email.channel: 'slack' is not a channel;"
                + " accepted: crm, file, mail (define it under channels)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"to: owner", "subject: Hello", "html: <p>Hello</p>"})
    void should_reject_email_settings_when_the_route_is_a_webhook(String setting) {
        String key = setting.substring(0, setting.indexOf(':'));
        assertThat(rejection("""
                  follow-up-task:
                    channel: crm
                    %s
                """.formatted(setting))).isEqualTo("automations.yaml:12: triggers.follow-up-task." + key
                + ": only an email route has " + key + ", and channel crm is a webhook; accepted: channel, enabled and"
                + " text (sent as the event's message)");
    }

    @Test
    void should_reject_email_settings_when_the_route_goes_to_the_file() {
        assertThat(rejection("""
                  follow-up-task:
                    to: owner
                """)).isEqualTo("automations.yaml:11: triggers.follow-up-task.to: only an email route has to, and"
                + " channel file is the triggers file; accepted: channel, enabled and text (sent as the event's"
                + " message)");
    }

    @Test
    void should_name_the_address_when_to_is_not_an_email_address() {
        assertThat(rejection("""
                  follow-up-task:
                    channel: mail
                    to: [cs-team@example.com, cs team]
                """)).isEqualTo("automations.yaml:12: triggers.follow-up-task.to: 'cs team' is not an email address"
                + " (Local address contains control or whitespace); accepted: owner, contact, an email address or a"
                + " list of them");
    }

    @Test
    void should_name_the_placeholder_and_list_the_accepted_ones_when_a_template_uses_an_unknown_one() {
        assertThat(rejection("""
                  follow-up-task:
                    channel: mail
                    subject: "{{company.name}} scored {{scor}}"
                """)).isEqualTo("automations.yaml:12: triggers.follow-up-task.subject: unknown placeholder 'scor'"
                + " (template line 1); accepted: " + String.join(", ", MessageTemplate.placeholders()));
    }

    @Test
    void should_name_the_unknown_placeholder_when_a_webhook_text_uses_it() {
        assertThat(rejection("""
                  follow-up-task:
                    channel: crm
                    text: "{{company.nam}} needs a call"
                """)).startsWith("automations.yaml:12: triggers.follow-up-task.text: unknown placeholder"
                + " 'company.nam' (template line 1); accepted: id, trigger, month,");
    }

    @Test
    void should_say_how_to_write_a_section_when_a_template_does_not_compile() {
        assertThat(rejection("""
                  follow-up-task:
                    channel: mail
                    text: |
                      Hello,
                      {{#drivers.nps}}NPS {{drivers.nps}}
                """)).startsWith("automations.yaml:12: triggers.follow-up-task.text: template does not compile: ")
                .endsWith("; accepted: placeholders as {{name}}, sections as {{#name}}…{{/name}}");
    }

    @Test
    void should_name_the_unclosed_tag_when_a_placeholder_is_not_closed() {
        assertThat(rejection("""
                  follow-up-task:
                    channel: mail
                    subject: "{{company.name} is at risk"
                """)).isEqualTo("automations.yaml:12: triggers.follow-up-task.subject: unclosed tag '{{company.name}"
                + " is at risk' (template line 1); accepted: tags closed with }}, e.g. {{company.name}}");
    }

    @Test
    void should_ask_for_a_recipient_when_an_email_route_of_a_custom_trigger_has_none() {
        assertThat(rejection("""
                  renewal-risk-call:
                    channel: mail
                """)).isEqualTo("automations.yaml:10: triggers.renewal-risk-call.to: missing; accepted: owner,"
                + " contact, an email address or a list of them (renewal-risk-call has no built-in message, so no"
                + " default recipient)");
    }

    @Test
    void should_list_the_accepted_words_when_a_route_is_neither_off_nor_a_mapping() {
        assertThat(rejection("""
                  loyalty-offer: disabled
                """)).isEqualTo("automations.yaml:10: triggers.loyalty-offer: 'disabled' is not valid; accepted: off,"
                + " on, or a mapping with channel, enabled, to, subject, text, html");
    }

    @Test
    void should_list_the_route_settings_when_one_is_unknown() {
        assertThat(rejection("""
                  loyalty-offer:
                    channel: mail
                    cc: cs@example.com
                """)).isEqualTo("automations.yaml:12: triggers.loyalty-offer.cc: unknown key; accepted: channel,"
                + " enabled, html, subject, text, to");
    }

    @Test
    void should_ask_for_true_or_false_when_enabled_is_something_else() {
        assertThat(rejection("""
                  loyalty-offer:
                    channel: mail
                    enabled: sometimes
                """)).isEqualTo("automations.yaml:12: triggers.loyalty-offer.enabled: expected true or false, got the"
                + " string \"sometimes\"");
    }
}

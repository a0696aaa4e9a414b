package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A channel with a bad or missing setting stops start-up naming the file, line and key, and what is accepted. */
class AutomationsChannelRejectionTest {
    @TempDir
    Path folder;

    private String rejection(String yaml) {
        return new AutomationsYaml(folder).rejection(yaml);
    }

    @Test
    void should_list_the_accepted_settings_when_a_webhook_setting_is_unknown() {
        assertThat(rejection("""
                channels:
                  crm:
                    type: webhook
                    url: https://crm.example.com/hooks
                    retries: 3
                """)).isEqualTo("automations.yaml:5: channels.crm.retries: unknown key; accepted: connect-timeout,"
                + " headers, secret, timeout, type, url");
    }

    @Test
    void should_list_the_accepted_settings_when_an_email_setting_is_unknown() {
        assertThat(rejection("""
                channels:
                  mail:
                    type: email
                    host: smtp.example.com
                    from: cs@example.com
                    tls: true
                """)).isEqualTo("automations.yaml:6: channels.mail.tls: unknown key; accepted: connect-timeout, from,"
                + " host, password, port, security, timeout, trust, type, username");
    }

    @Test
    void should_name_the_channel_when_the_url_is_missing() {
        assertThat(rejection("""
                channels:
                  crm:
                    type: webhook
                """)).isEqualTo("automations.yaml:2: channels.crm.url: missing; accepted: an http or https URL");
    }

    @Test
    void should_name_the_channel_when_the_host_is_missing() {
        assertThat(rejection("""
                channels:
                  mail:
                    type: email
                    from: cs@example.com
                """)).isEqualTo("automations.yaml:2: channels.mail.host: missing; accepted: the SMTP server, e.g."
                + " smtp.example.com");
    }

    @Test
    void should_name_the_channel_when_from_is_missing() {
        assertThat(rejection("""
                channels:
                  mail:
                    type: email
                    host: smtp.example.com
                """)).isEqualTo("automations.yaml:2: channels.mail.from: missing; accepted: an address, e.g."
                + " cs@example.com or \"Customer Success <cs@example.com>\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://crm.example.com/hooks", "/hooks/healthscore", "crm.example.com/hooks"})
    void should_ask_for_an_absolute_http_url_when_the_url_is_not_one(String url) {
        assertThat(rejection("""
                channels:
                  crm:
                    type: webhook
                    url: %s
                """.formatted(url))).isEqualTo("automations.yaml:4: channels.crm.url: '" + url + "' is not an"
                + " absolute http or https URL; accepted: e.g. https://crm.example.com/hooks/healthscore");
    }

    @Test
    void should_say_why_when_the_url_cannot_be_parsed() {
        assertThat(rejection("""
                channels:
                  crm:
                    type: webhook
                    url: https://crm.example.com/hooks/{id}
                """)).isEqualTo("automations.yaml:4: channels.crm.url: 'https://crm.example.com/hooks/{id}' is not a"
                + " URL (Illegal character in path); accepted: an http or https URL, with characters such"
                + " as { } and spaces percent-encoded");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "70000", "abc", "587.5"})
    void should_name_the_accepted_ports_when_the_port_is_bad(String port) {
        assertThat(rejection("""
                channels:
                  mail:
                    type: email
                    host: smtp.example.com
                    port: %s
                    from: cs@example.com
                """.formatted(port))).isEqualTo("automations.yaml:5: channels.mail.port: '" + port + "' is not"
                + " valid; accepted: a whole number from 1 to 65535");
    }

    @Test
    void should_list_the_accepted_security_when_it_is_unknown() {
        assertThat(rejection("""
                channels:
                  mail:
                    type: email
                    host: smtp.example.com
                    security: ssl
                    from: cs@example.com
                """)).isEqualTo("automations.yaml:5: channels.mail.security: 'ssl' is not valid; accepted: none,"
                + " starttls, tls");
    }

    @Test
    void should_say_that_file_is_built_in_when_a_channel_is_named_file() {
        assertThat(rejection("""
                channels:
                  file:
                    type: webhook
                    url: https://crm.example.com/hooks
                """)).isEqualTo("automations.yaml:2: channels.file: 'file' cannot name a channel; accepted: lower-case"
                + " letters, digits and '-', other than 'file' (the built-in triggers file)");
    }

    @Test
    void should_list_the_channel_types_when_the_type_is_unknown() {
        assertThat(rejection("""
                channels:
                  chat:
                    type: slack
                    url: https://hooks.example.com/x
                """)).isEqualTo("automations.yaml:3: channels.chat.type: 'slack' is not a channel type; accepted:"
                + " webhook, email");
    }

    @Test
    void should_ask_for_a_type_when_a_channel_has_none() {
        assertThat(rejection("""
                channels:
                  crm:
                    url: https://crm.example.com/hooks
                """)).isEqualTo("automations.yaml:2: channels.crm.type: missing; accepted: webhook, email");
    }

    @Test
    void should_reject_a_from_that_is_not_an_address() {
        assertThat(rejection("""
                channels:
                  mail:
                    type: email
                    host: smtp.example.com
                    from: Customer Success
                """)).isEqualTo("automations.yaml:5: channels.mail.from: 'Customer Success' is not an email address"
                + " (Local address contains control or whitespace); accepted: an address, e.g. cs@example.com or"
                + " \"Customer Success <cs@example.com>\"");
    }

    @Test
    void should_ask_for_a_username_when_only_a_password_is_given() {
        assertThat(rejection("""
                channels:
                  mail:
                    type: email
                    host: smtp.example.com
                    from: cs@example.com
                    password: hunter2
                """)).isEqualTo("automations.yaml:6: channels.mail.password: is given without a username; accepted:"
                + " both username and password, or neither for a server that needs no authentication");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Type", "Host", "Connection", "X-Healthscore-Signature", "X Api Key"})
    void should_reject_a_header_the_channel_sets_itself_or_that_is_not_a_name(String header) {
        assertThat(rejection("""
                channels:
                  crm:
                    type: webhook
                    url: https://crm.example.com/hooks
                    headers:
                      %s: value
                """.formatted(header))).startsWith("automations.yaml:6: channels.crm.headers." + header + ": cannot be set;"
                + " accepted: ");
    }

    @Test
    void should_name_the_accepted_form_when_a_timeout_is_bad() {
        assertThat(rejection("""
                channels:
                  crm:
                    type: webhook
                    url: https://crm.example.com/hooks
                    timeout: 10 seconds
                """)).isEqualTo("automations.yaml:5: channels.crm.timeout: '10 seconds' is not valid; accepted: a number"
                + " with a unit: ms, s, m or h (e.g. 500ms, 10s, 5m), at least 1ms");
    }
}

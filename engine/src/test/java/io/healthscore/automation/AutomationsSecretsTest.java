package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secrets come from the environment and never show in what healthscore prints: errors and the start-up log. */
class AutomationsSecretsTest {
    private static final Map<String, String> ENVIRONMENT = Map.of("WEBHOOK_SECRET", "whs3cret-value",
            "SMTP_PASSWORD", "smtp-pa55word", "CRM_TOKEN", "crm-t0ken");
    private static final String FILE = """
            channels:
              crm:
                type: webhook
                url: https://crm.example.com/hooks
                secret: ${env:WEBHOOK_SECRET}
                headers:
                  Authorization: Bearer ${env:CRM_TOKEN}
              mail:
                type: email
                host: smtp.example.com
                username: healthscore
                password: ${env:SMTP_PASSWORD}
                from: cs@example.com
            triggers:
              follow-up-task:
                channel: crm
              outreach-email:
                channel: mail
            """;

    @TempDir
    Path folder;

    @Test
    void should_describe_routes_and_retries_without_a_secret_when_logged_at_start() {
        Automations automations = new AutomationsYaml(folder).withEnvironment(ENVIRONMENT).load(FILE);

        assertThat(automations.describe())
                .contains("follow-up-task -> crm", "outreach-email -> mail", "every other trigger -> file",
                        "retry: 5 attempts, backoff 10s doubling up to 10m")
                .doesNotContain("whs3cret-value", "smtp-pa55word", "crm-t0ken");
        assertThat(automations.toString()).doesNotContain("whs3cret-value", "smtp-pa55word", "crm-t0ken");
        assertThat(((WebhookChannel) automations.channel("crm")).settings().toString())
                .doesNotContain("whs3cret-value", "crm-t0ken");
        assertThat(((EmailChannel) automations.channel("mail")).settings().toString()).doesNotContain("smtp-pa55word");
    }

    @Test
    void should_name_the_variable_and_print_no_secret_when_a_variable_is_unset() {
        String rejection = new AutomationsYaml(folder)
                .withEnvironment(Map.of("WEBHOOK_SECRET", "whs3cret-value", "CRM_TOKEN", "crm-t0ken"))
                .rejection(FILE);

        assertThat(rejection).isEqualTo("automations.yaml:12: channels.mail.password: environment variable"
                + " SMTP_PASSWORD is not set; accepted: set it for healthscore's process, or write the value here");
    }

    @Test
    void should_name_only_the_unset_variable_when_a_text_mixes_a_secret_with_it() {
        String rejection = new AutomationsYaml(folder).withEnvironment(Map.of("CRM_TOKEN", "crm-t0ken")).rejection("""
                channels:
                  crm:
                    type: webhook
                    url: https://crm.example.com/hooks
                    headers:
                      Authorization: ${env:CRM_TOKEN}:${env:CRM_TENANT}
                """);

        assertThat(rejection).isEqualTo("automations.yaml:6: channels.crm.headers.Authorization: environment variable"
                + " CRM_TENANT is not set; accepted: set it for healthscore's process, or write the value here");
    }

    @Test
    void should_call_an_empty_variable_empty_when_it_is_set_to_nothing() {
        String rejection = new AutomationsYaml(folder).withEnvironment(Map.of("WEBHOOK_SECRET", "", "CRM_TOKEN", "t",
                "SMTP_PASSWORD", "p")).rejection(FILE);

        assertThat(rejection).startsWith("automations.yaml:5: channels.crm.secret: environment variable WEBHOOK_SECRET"
                + " is empty;");
    }

    @Test
    void should_echo_the_url_as_written_not_its_secret_when_it_is_bad() {
        String rejection = new AutomationsYaml(folder).withEnvironment(Map.of("SLACK_PATH", "T000/B000/s3cretpath"))
                .rejection("""
                        channels:
                          slack:
                            type: webhook
                            url: hooks.slack.example/services/${env:SLACK_PATH}
                        """);

        assertThat(rejection).contains("'hooks.slack.example/services/${env:SLACK_PATH}' is not an absolute http")
                .doesNotContain("s3cretpath");
    }

    @Test
    void should_show_the_url_as_written_in_logs_and_errors_when_it_comes_from_the_environment() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Automations automations = new AutomationsYaml(folder)
                .withEnvironment(Map.of("SLACK_URL", "http://127.0.0.1:" + closed + "/services/T0/B0/s3cret-path"))
                .load("""
                        channels:
                          slack:
                            type: webhook
                            url: ${env:SLACK_URL}
                        triggers:
                          internal-notification:
                            channel: slack
                        """);
        Channel slack = automations.channel("slack");

        DeliveryOutcome outcome = slack.deliver(Events.event("internal-notification"),
                automations.route("internal-notification"));

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Retry.class);
        assertThat(((DeliveryOutcome.Retry) outcome).error()).contains("POST ${env:SLACK_URL}")
                .contains("127.0.0.1:" + closed).doesNotContain("s3cret-path");
        assertThat(((WebhookChannel) slack).settings().toString()).doesNotContain("s3cret-path");
    }

    @Test
    void should_leave_env_references_in_templates_alone_when_a_template_names_a_variable() {
        Automations automations = new AutomationsYaml(folder).withEnvironment(ENVIRONMENT).load("""
                triggers:
                  internal-notification:
                    text: "{{company.name}} ${env:SMTP_PASSWORD}"
                """);

        String message = automations.route("internal-notification").message().text()
                .render(Events.event("internal-notification"));

        assertThat(message).isEqualTo("Acme Corp ${env:SMTP_PASSWORD}").doesNotContain("smtp-pa55word");
    }
}

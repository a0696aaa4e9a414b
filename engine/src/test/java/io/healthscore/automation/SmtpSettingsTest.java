package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** SMTP settings are checked when the automations file is read, with messages that say what is accepted. */
class SmtpSettingsTest {
    private static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    private static SmtpSettings settings(int port, SmtpSettings.Security security, String username, String password,
            String from) {
        return new SmtpSettings("mail", "smtp.example.com", port, security, username, password, from, TEN_SECONDS,
                Duration.ofSeconds(30), List.of());
    }

    @Test
    void should_name_the_accepted_ports_when_the_port_is_out_of_range() {
        assertThatThrownBy(() -> settings(70_000, SmtpSettings.Security.NONE, null, null, "cs@example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("SMTP port 70000 is not valid; accepted: 1-65535");
    }

    @Test
    void should_show_an_accepted_form_when_from_is_not_an_address() {
        assertThatThrownBy(() -> settings(587, SmtpSettings.Security.STARTTLS, null, null, "Customer Success"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SMTP from 'Customer Success' is not an email address")
                .hasMessageContaining("\"Customer Success <cs@example.com>\"");
    }

    @Test
    void should_reject_a_password_when_no_username_goes_with_it() {
        assertThatThrownBy(() -> settings(587, SmtpSettings.Security.STARTTLS, null, "pw", "cs@example.com"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("SMTP password given without a username")
                .hasMessageNotContaining("pw ");
    }

    @Test
    void should_reject_a_timeout_when_it_is_not_positive() {
        assertThatThrownBy(() -> new SmtpSettings("mail", "smtp.example.com", 25, SmtpSettings.Security.NONE, null,
                null, "cs@example.com", Duration.ZERO, TEN_SECONDS, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("SMTP connectTimeout PT0S is not valid; accepted: a positive duration");
    }

    @Test
    void should_mask_the_password_when_printed() {
        SmtpSettings settings = settings(587, SmtpSettings.Security.STARTTLS, "healthscore", "s3cret",
                "Customer Success <cs@example.com>");

        assertThat(settings.toString()).contains("server=smtp.example.com:587", "username=healthscore",
                "password=****").doesNotContain("s3cret");
    }

    @Test
    void should_require_starttls_and_authenticate_when_security_is_starttls_and_a_username_is_given() {
        Properties properties = settings(587, SmtpSettings.Security.STARTTLS, "healthscore", "s3cret",
                "cs@example.com").sessionProperties();

        assertThat(properties).containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.starttls.required", "true")
                .containsEntry("mail.smtp.auth", "true")
                .containsEntry("mail.smtp.connectiontimeout", "10000")
                .containsEntry("mail.smtp.timeout", "30000")
                .containsEntry("mail.smtp.writetimeout", "30000")
                .doesNotContainValue("s3cret");
    }
}

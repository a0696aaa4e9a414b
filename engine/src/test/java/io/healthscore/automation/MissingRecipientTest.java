package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.MailServer;
import io.healthscore.testhelper.ReceivedMail;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A company the companies file gives no address for cannot be mailed until the file is completed. */
class MissingRecipientTest {
    private final MailServer server = MailServer.smtp();
    private final EmailChannel channel = new EmailChannel(server.settings());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_fail_naming_the_company_and_the_contact_column_when_the_company_has_no_contact() {
        DeliveryOutcome outcome = channel.deliver(Events.event("outreach-email",
                Events.company("Acme Corp", Events.OWNER, null)), Events.defaultRoute("outreach-email"));

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Failed("company acme has no contact email; add it to the"
                + " companies file (column contact) and run `healthscore triggers retry`"));
        assertThat(server.received()).isEmpty();
    }

    @Test
    void should_fail_naming_the_owner_column_when_the_company_has_a_blank_owner() {
        DeliveryOutcome outcome = channel.deliver(Events.event("follow-up-task",
                Events.company("Acme Corp", " ", Events.CONTACT)), Events.defaultRoute("follow-up-task"));

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Failed.class,
                failed -> assertThat(failed.error()).contains("company acme", "no owner email", "(column owner)"));
        assertThat(server.received()).isEmpty();
    }

    @Test
    void should_fail_naming_the_address_when_the_companies_file_gives_something_else() {
        DeliveryOutcome outcome = channel.deliver(Events.event("outreach-email",
                Events.company("Acme Corp", Events.OWNER, "ops at acme")), Events.defaultRoute("outreach-email"));

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Failed.class,
                failed -> assertThat(failed.error()).contains("company acme", "'ops at acme'", "not an email address"));
        assertThat(server.received()).isEmpty();
    }

    @Test
    void should_send_to_fixed_addresses_when_the_company_has_none() {
        DeliveryOutcome outcome = channel.deliver(Events.event("follow-up-task", Events.company(null, null, null)),
                Events.route("follow-up-task", Recipient.addresses(List.of("cs-team@example.com")),
                        Route.Message.NONE));

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Sent.class);
        assertThat(ReceivedMail.of(server.received().get(0)).to()).containsExactly("cs-team@example.com");
    }
}

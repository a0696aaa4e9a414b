package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in HTML messages share one shell (automation/messages/layout.html); each brings its body and colour. */
class DefaultMessageLayoutTest {
    private static final String SHELL = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Acme Corp</title></head>
            <body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;font-size:15px;\
            line-height:1.5;color:#1f2933;">
            <div style="max-width:600px;margin:0 auto;background:#ffffff;border-top:4px solid %s;border-radius:6px;\
            padding:24px 28px;">
            <p style="margin:0 0 16px 0;">""";
    private static final String END = "</p>\n</div>\n</body>\n</html>\n";
    private static final String FACTS = "<table style=\"border-collapse:collapse;font-size:14px;margin:16px 0;\">\n"
            + "<tr><td style=\"padding:4px 12px 4px 0;color:#52606d;white-space:nowrap;vertical-align:top;\">Company</td>"
            + "<td style=\"padding:4px 0;\"><strong>Acme Corp</strong> (acme), enterprise</td></tr>\n";
    private static final Map<String, String> ACCENTS = new LinkedHashMap<>();

    static {
        ACCENTS.put("outreach-email", "#2f6fed");
        ACCENTS.put("follow-up-task", "#d64545");
        ACCENTS.put("support-resources-email", "#2f6fed");
        ACCENTS.put("engagement-email", "#2f6fed");
        ACCENTS.put("upsell-opportunity", "#1e9e6a");
        ACCENTS.put("loyalty-offer", "#1e9e6a");
        ACCENTS.put("case-study-request", "#1e9e6a");
        ACCENTS.put("referral-request", "#1e9e6a");
        ACCENTS.put("internal-notification", "#52606d");
        ACCENTS.put("score-drop-alert", "#d64545");
    }

    @Test
    void should_wrap_each_built_in_html_message_in_the_shared_shell_with_its_colour_when_rendered() {
        assertThat(ACCENTS.keySet()).containsExactlyElementsOf(DefaultMessages.names());
        ACCENTS.forEach((trigger, accent) -> {
            String html = DefaultMessages.of(trigger).orElseThrow().message().html().render(Events.event(trigger));

            assertThat(html).as(trigger).startsWith(SHELL.formatted(accent)).endsWith(END).doesNotContain("\n\n");
        });
        String generic = DefaultMessages.generic().html().render(Events.event("outreach-email"));
        assertThat(generic).startsWith(SHELL.formatted("#52606d")).endsWith(END).doesNotContain("\n\n");
    }

    @Test
    void should_show_the_facts_table_once_when_the_message_is_for_the_owner() {
        DefaultMessages.names().forEach(trigger -> {
            DefaultMessage message = DefaultMessages.of(trigger).orElseThrow();
            String html = message.message().html().render(Events.event(trigger));

            int tables = html.split("<table", -1).length - 1;
            assertThat(tables).as(trigger).isEqualTo(message.to() == Recipient.OWNER ? 1 : 0);
            if (message.to() == Recipient.OWNER) {
                assertThat(html).as(trigger).contains(FACTS).contains("<p style=\"margin:0 0 16px 0;\">Sent by healthscore.</p>");
            }
        });
        assertThat(DefaultMessages.generic().html().render(Events.event("outreach-email"))).contains(FACTS);
    }

    @Test
    void should_still_refuse_the_layout_when_a_template_from_the_automations_file_uses_it() {
        assertThatThrownBy(() -> MessageTemplate.compile("{{<layout}}{{$body}}hello{{/body}}{{/layout}}", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("template inheritance ({{< layout}})");
    }
}

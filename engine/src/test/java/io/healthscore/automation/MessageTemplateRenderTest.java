package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Drivers;
import java.math.BigDecimal;
import io.healthscore.trigger.EmittedTrigger;
import org.junit.jupiter.api.Test;

/** What the placeholders of a template show, present or missing. */
class MessageTemplateRenderTest {

    @Test
    void should_show_every_placeholder_when_the_event_has_every_value() {
        String source = String.join("|", MessageTemplate.placeholders().stream().map(name -> "{{" + name + "}}")
                .toList());

        String text = MessageTemplate.compile(source, false).render(Events.replay(Events.event("outreach-email"), 2));

        assertThat(text).isEqualTo("acme/2026-10/outreach-email|outreach-email|2026-10|October 2026|acme|Acme Corp"
                + "|dana@example.com|ops@acme.example|enterprise|24|AT_RISK|At Risk|39|STEADY|Steady|40.5|30.25|-12"
                + "|4|-15|true|false|n/a|n/a|n/a");
    }

    @Test
    void should_show_who_changed_the_band_when_a_manual_change_emitted_the_trigger() {
        TriggerEvent event = Events.event("outreach-email");
        EmittedTrigger trigger = event.trigger();
        TriggerEvent manual = new TriggerEvent(new EmittedTrigger(trigger.company(), trigger.month(), trigger.name(),
                trigger.band(), trigger.previousBand(), trigger.score(), trigger.previousScore(), trigger.rulesHash(),
                trigger.emittedAt(), new EmittedTrigger.Manual("override", "jane", "asked to cancel")),
                event.company(), event.drivers(), 1, false);

        String template = "{{#manual}}set by {{change.by}} ({{change.source}}): {{change.note}}{{/manual}}";

        assertThat(MessageTemplate.compile(template, false).render(manual)).isEqualTo("set by jane (override): asked to cancel");
        assertThat(MessageTemplate.compile(template, false).render(event)).isEmpty();
    }

    @Test
    void should_show_n_a_and_the_company_id_for_a_name_when_values_are_missing() {
        TriggerEvent event = new TriggerEvent(Events.event("internal-notification", Band.NONE, Band.HEALTHY, null, 60,
                Drivers.NO_DATA).trigger(), Events.company(null, null, null), Drivers.NO_DATA, 1, false);

        String text = MessageTemplate.compile("{{company.name}}: {{score}} {{bandLabel}} from {{previousBandLabel}}"
                + " {{previousScore}}; owner {{company.owner}}; nps {{drivers.nps}}; change {{drivers.change}};"
                + " weeks {{drivers.weeks}}", false).render(event);

        assertThat(text).isEqualTo("acme: n/a No data from Healthy 60; owner n/a; nps n/a; change n/a; weeks 0");
    }

    @Test
    void should_show_a_section_only_when_its_value_is_present() {
        MessageTemplate template = MessageTemplate.compile(
                "{{#drivers.nps}}NPS {{drivers.nps}}{{/drivers.nps}}{{^drivers.nps}}no NPS{{/drivers.nps}}"
                        + "{{#replay}}, again{{/replay}}", false);
        Drivers withoutNps = new Drivers(new BigDecimal("50"), new BigDecimal("50"), null, 4, 0);

        assertThat(template.render(Events.event("engagement-email"))).isEqualTo("NPS -12");
        assertThat(template.render(Events.event("engagement-email", Band.STEADY, Band.STEADY, 40, 40, withoutNps)))
                .isEqualTo("no NPS");
        assertThat(template.render(Events.replay(Events.event("engagement-email"), 3))).isEqualTo("NPS -12, again");
    }

    @Test
    void should_sign_the_change_and_write_decimals_plainly_when_showing_drivers() {
        MessageTemplate template = MessageTemplate.compile("{{drivers.change}} {{drivers.login}}", false);

        assertThat(template.render(Events.event("x", Band.HEALTHY, Band.STEADY, 56, 40,
                new Drivers(new BigDecimal("70.250000"), null, null, 4, 16)))).isEqualTo("+16 70.25");
        assertThat(template.render(Events.event("x", Band.HEALTHY, Band.HEALTHY, 56, 56,
                new Drivers(new BigDecimal("100.000000"), null, null, 4, 0)))).isEqualTo("0 100");
    }

    @Test
    void should_escape_values_in_html_but_not_in_text_when_the_company_name_has_markup() {
        TriggerEvent event = Events.event("internal-notification", Events.company("Smith & <Sons>", Events.OWNER, null));

        assertThat(MessageTemplate.compile("<p>{{company.name}}</p>", true).render(event))
                .isEqualTo("<p>Smith &amp; &lt;Sons&gt;</p>");
        assertThat(MessageTemplate.compile("{{company.name}}", false).render(event)).isEqualTo("Smith & <Sons>");
    }

    @Test
    void should_keep_its_source_when_compiled() {
        assertThat(MessageTemplate.compile("Hi {{company.name}}", false).source()).isEqualTo("Hi {{company.name}}");
    }
}

package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A bad template stops start-up with a message naming the problem and what is accepted. */
class MessageTemplateRejectionTest {

    @Test
    void should_name_the_placeholder_its_line_and_every_accepted_one_when_a_placeholder_is_misspelled() {
        assertThatThrownBy(() -> MessageTemplate.compile("Hello,\n{{compnay.name}} is {{bandLabel}}", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown placeholder 'compnay.name' (template line 2); accepted: id, trigger,"
                        + " month,"
                        + " monthName, company.id, company.name, company.owner, company.contact, company.segment,"
                        + " score, band, bandLabel, previousScore, previousBand, previousBandLabel, drivers.login,"
                        + " drivers.adoption, drivers.nps, drivers.weeks, drivers.change, replay");
    }

    @Test
    void should_name_the_section_when_a_section_is_unknown() {
        assertThatThrownBy(() -> MessageTemplate.compile("{{#drivers.npss}}x{{/drivers.npss}}", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown placeholder 'drivers.npss' (template line 1)");
    }

    @Test
    void should_reject_an_unknown_placeholder_when_it_hides_in_a_section_the_sample_would_skip() {
        assertThatThrownBy(() -> MessageTemplate.compile("{{^drivers.nps}}\n\n{{scor}}{{/drivers.nps}}", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown placeholder 'scor' (template line 3)");
    }

    @Test
    void should_say_what_does_not_match_when_a_section_is_closed_with_another_name() {
        assertThatThrownBy(() -> MessageTemplate.compile("a\n{{#replay}}again{{/drivers.nps}}", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("template does not compile")
                .hasMessageContaining("'drivers.nps' != 'replay'")
                .hasMessageContaining("line 2");
    }

    @Test
    void should_point_at_the_tag_when_a_tag_is_not_closed() {
        assertThatThrownBy(() -> MessageTemplate.compile("Hello\n{{company.name is", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unclosed tag '{{company.name is' (template line 2)");
    }

    @Test
    void should_say_partials_are_not_supported_when_a_template_includes_another() {
        assertThatThrownBy(() -> MessageTemplate.compile("{{> footer}}", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("partials ({{> footer}}) are not supported");
    }
}

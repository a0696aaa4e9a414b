package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trigger name the rules emit besides the default ones can be routed like them. */
class AutomationsCustomTriggerTest {
    @TempDir
    Path folder;

    @Test
    void should_route_a_custom_trigger_when_the_rules_emit_it() {
        Automations automations = new AutomationsYaml(folder).withRulesEmitting("renewal-risk-call").load("""
                channels:
                  mail:
                    type: email
                    host: smtp.example.com
                    from: cs@example.com
                triggers:
                  renewal-risk-call:
                    channel: mail
                    to: [renewals@example.com]
                """);

        Route route = automations.route("renewal-risk-call");
        assertThat(route.channel()).isEqualTo("mail");
        assertThat(route.to()).isEqualTo(Recipient.addresses(List.of("renewals@example.com")));
        assertThat(route.message().subject().source()).isEqualTo(DefaultMessages.generic().subject().source());
    }

    @Test
    void should_switch_off_a_custom_trigger_when_written_off() {
        Automations automations = new AutomationsYaml(folder).withRulesEmitting("renewal-risk-call").load("""
                triggers:
                  renewal-risk-call: off
                """);

        assertThat(automations.route("renewal-risk-call").enabled()).isFalse();
    }

    @Test
    void should_reject_the_custom_name_when_the_rules_do_not_emit_it() {
        assertThat(new AutomationsYaml(folder).rejection("""
                triggers:
                  renewal-risk-call: off
                """)).startsWith("automations.yaml:2: triggers.renewal-risk-call: is not a trigger the rules emit;");
    }
}

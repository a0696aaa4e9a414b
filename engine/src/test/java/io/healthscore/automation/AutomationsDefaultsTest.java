package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without an automations file (or with one that sets nothing) every trigger goes to the JSON-lines file. */
class AutomationsDefaultsTest {
    @TempDir
    Path folder;

    @Test
    void should_route_every_trigger_enabled_to_the_file_when_there_is_no_file() {
        Path triggers = folder.resolve("triggers.jsonl");

        Automations automations = AutomationsFile.load(null, triggers, Map.of(), Set.of("renewal-risk-call"));

        assertThat(DefaultMessages.names()).hasSize(10);
        for (String trigger : concat(DefaultMessages.names(), "renewal-risk-call")) {
            Route route = automations.route(trigger);
            assertThat(route.channel()).as(trigger).isEqualTo(TriggersFileChannel.NAME);
            assertThat(route.enabled()).as(trigger).isTrue();
        }
        assertThat(automations.channels()).containsOnlyKeys(TriggersFileChannel.NAME);
        assertThat(automations.file().file()).isEqualTo(triggers);
        assertThat(automations.source()).isEqualTo("built-in defaults");
    }

    @Test
    void should_use_the_documented_delivery_defaults_when_there_is_no_file() {
        Automations automations = AutomationsFile.load(null, folder.resolve("triggers.jsonl"), Map.of(), Set.of());

        assertThat(automations.retry()).isEqualTo(new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofMinutes(10)));
        assertThat(automations.lease()).isEqualTo(Duration.ofMinutes(5));
        assertThat(automations.settle()).isEqualTo(Duration.ofSeconds(30));
        assertThat(automations.poll()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void should_use_the_defaults_when_the_file_holds_only_comments() {
        Automations automations = new AutomationsYaml(folder).load("""
                # nothing configured yet
                """);

        assertThat(automations.routes()).isEmpty();
        assertThat(automations.route("outreach-email").channel()).isEqualTo(TriggersFileChannel.NAME);
        assertThat(automations.retry()).isEqualTo(RetryPolicy.DEFAULT);
    }

    @Test
    void should_keep_the_delivery_defaults_and_the_file_when_sections_are_empty() {
        AutomationsYaml yaml = new AutomationsYaml(folder);

        Automations automations = yaml.load("""
                delivery:
                channels:
                  # crm: ...
                triggers:
                  loyalty-offer: off
                """);

        assertThat(automations.retry()).isEqualTo(RetryPolicy.DEFAULT);
        assertThat(automations.lease()).isEqualTo(Automations.DEFAULT_LEASE);
        assertThat(automations.channels()).containsOnlyKeys(TriggersFileChannel.NAME);
        assertThat(automations.file().file()).isEqualTo(yaml.triggersFile());
        assertThat(automations.route("loyalty-offer").enabled()).isFalse();
        assertThat(automations.route("referral-request").enabled()).isTrue();
    }

    private static Set<String> concat(Set<String> names, String extra) {
        Set<String> all = new LinkedHashSet<>(names);
        all.add(extra);
        return all;
    }
}

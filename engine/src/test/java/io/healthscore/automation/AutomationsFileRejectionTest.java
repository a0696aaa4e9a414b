package io.healthscore.automation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.healthscore.config.ConfigException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not an automations file at all stops start-up naming the file and line. */
class AutomationsFileRejectionTest {
    @TempDir
    Path folder;

    private String rejection(String yaml) {
        return new AutomationsYaml(folder).rejection(yaml);
    }

    @Test
    void should_list_the_sections_when_a_top_level_key_is_unknown() {
        assertThat(rejection("""
                delivery:
                  attempts: 3
                channel:
                  crm:
                    type: webhook
                """)).isEqualTo("automations.yaml:3: channel: unknown key; accepted: channels, delivery, triggers");
    }

    @Test
    void should_name_the_second_occurrence_when_a_key_appears_twice() {
        assertThat(rejection("""
                triggers:
                  loyalty-offer: off
                  referral-request: off
                  loyalty-offer: on
                """)).isEqualTo("automations.yaml:4: triggers.loyalty-offer: appears twice; accepted: each key once");
    }

    @Test
    void should_give_the_line_when_the_yaml_is_malformed() {
        assertThat(rejection("""
                triggers:
                  loyalty-offer: off
                   referral-request: off
                """)).startsWith("automations.yaml:3: yaml: ")
                .endsWith("; accepted: a YAML mapping with delivery, channels and triggers");
    }

    @Test
    void should_ask_for_a_mapping_when_the_file_holds_a_list() {
        assertThat(rejection("""
                - triggers
                """)).isEqualTo("automations.yaml:1: expected a mapping with delivery, channels and triggers, got a"
                + " list");
    }

    @Test
    void should_name_the_file_when_it_does_not_exist() {
        Path missing = folder.resolve("automations.yml");

        assertThatThrownBy(() -> AutomationsFile.load(missing, folder.resolve("triggers.jsonl"), Map.of(), Set.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("automations file " + missing + " does not exist; accepted: an existing YAML file"
                        + " (--automations, $HEALTHSCORE_AUTOMATIONS), or neither for the defaults");
    }
}

package io.healthscore.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.InputFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not a YAML list of scenarios is skipped as a whole, with one line naming where and why. */
class ScenarioYamlErrorTest {
    @TempDir
    Path folder;

    @Test
    void should_name_the_line_of_the_problem_when_the_yaml_does_not_parse() {
        ScenarioFile file = ScenarioFiles.read(folder, """
                - scenario: first
                  weeks: []
                  expect: {band: NONE}
                - scenario: second
                  weeks: []
                   expect: {band: NONE}
                """);

        assertThat(file.scenarios()).isEmpty();
        assertThat(file.invalid()).singleElement().asString()
                .matches(".*scenarios\\.yaml:6: yaml: .*; accepted: a YAML list of scenarios");
    }

    @Test
    void should_say_a_list_is_expected_when_the_file_holds_one_mapping() {
        ScenarioFile file = ScenarioFiles.read(folder, "scenario: not in a list\nweeks: []\n");

        assertThat(file.invalid()).singleElement().asString().endsWith(
                "scenarios.yaml:1: file: expected a YAML list of scenarios (each entry starting with '- scenario:'), got a mapping");
    }

    @Test
    void should_refuse_a_second_document_when_the_file_holds_two() {
        ScenarioFile file = ScenarioFiles.read(folder, """
                - {scenario: one, weeks: [], expect: {band: NONE}}
                ---
                - {scenario: two, weeks: [], expect: {band: NONE}}
                """);

        assertThat(file.scenarios()).isEmpty();
        assertThat(file.invalid()).singleElement().asString().contains(": yaml: a second document (---)");
    }

    @Test
    void should_refuse_an_alias_when_a_value_refers_to_an_anchor() {
        ScenarioFile file = ScenarioFiles.read(folder, """
                - scenario: anchored
                  weeks: &month [{login: 60, adoption: 60}]
                  expect: {band: HEALTHY}
                - scenario: aliased
                  weeks: *month
                  expect: {band: HEALTHY}
                """);

        assertThat(file.invalid()).singleElement().asString()
                .endsWith("scenarios.yaml:5: yaml: alias *month is not supported; accepted: the value written out in full");
    }

    @Test
    void should_skip_only_the_entry_when_a_key_is_given_twice() {
        ScenarioFile file = ScenarioFiles.read(folder, """
                - scenario: twice
                  weeks: []
                  weeks: [{login: 60, adoption: 60}]
                  expect: {band: NONE}
                - scenario: once
                  weeks: []
                  expect: {band: NONE}
                """);

        assertThat(file.scenarios()).extracting(Scenario::name).containsExactly("once");
        assertThat(file.invalid()).singleElement().asString()
                .endsWith("scenarios.yaml:3: weeks: given twice (also line 2); accepted: each key once");
    }

    @Test
    void should_read_the_file_when_it_starts_with_a_byte_order_mark() {
        Path path = InputFile.withByteOrderMark(folder, "bom.yaml", "- {scenario: marked, weeks: [], expect: {band: NONE}}\n");

        ScenarioFile file = ScenarioReader.read(path, "bom.yaml");

        assertThat(file.invalid()).isEmpty();
        assertThat(file.scenarios()).extracting(Scenario::name).containsExactly("marked");
    }

    @Test
    void should_say_utf8_is_accepted_when_the_file_is_not_utf8() {
        Path path = InputFile.bytes(folder, "latin1.yaml", new byte[] {'-', ' ', 's', ':', ' ', (byte) 0xE9, '\n'});

        ScenarioFile file = ScenarioReader.read(path, "latin1.yaml");

        assertThat(file.invalid()).singleElement().asString()
                .isEqualTo(path + ":1: file: is not UTF-8 text; accepted: a YAML file in UTF-8");
    }

    @Test
    void should_hold_no_scenario_and_no_problem_when_the_file_holds_only_comments() {
        ScenarioFile file = ScenarioFiles.read(folder, "# to be written\n");

        assertThat(file.scenarios()).isEmpty();
        assertThat(file.invalid()).isEmpty();
    }
}

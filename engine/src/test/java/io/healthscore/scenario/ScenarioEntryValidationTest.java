package io.healthscore.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An entry breaking a rule of the format (or of ingest's contract for weekly metrics) is skipped with one line
 * {@code FILE:LINE: field: problem; accepted: ...}, at the line of the offending value.
 */
class ScenarioEntryValidationTest {
    private static final String TEMPLATE = """
            - scenario: checked
              month: %s
              previous: %s
              weeks:
                - {login: 60, adoption: 60}
                - %s
              expect: %s
            """;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            login missing           | 2026-10 | null                     | {adoption: 60}                          | {band: HEALTHY}   | 6 | weeks.login: is missing; accepted: a number from 0 to 100
            adoption below 0        | 2026-10 | null                     | {login: 60, adoption: -1}               | {band: HEALTHY}   | 6 | weeks.adoption: -1 is out of range; accepted: 0 to 100
            nps above 100           | 2026-10 | null                     | {login: 60, adoption: 60, nps: 100.5}   | {band: HEALTHY}   | 6 | weeks.nps: 100.5 is out of range; accepted: -100 to 100, or absent/null for no feedback
            login a boolean         | 2026-10 | null                     | {login: yes, adoption: 60}              | {band: HEALTHY}   | 6 | weeks.login: is the boolean yes; accepted: a number from 0 to 100, written unquoted
            week not a date         | 2026-10 | null                     | {week: 12 Oct, login: 1, adoption: 1}   | {band: AT_RISK}   | 6 | weeks.week: '12 Oct' is not a date; accepted: YYYY-MM-DD, the Monday that starts the ISO week
            unknown week key        | 2026-10 | null                     | {login: 1, adoption: 1, feedback: 3}    | {band: AT_RISK}   | 6 | weeks.feedback: unknown key; accepted: week, login, adoption, nps
            month not a month       | 2026-13 | null                     | {login: 1, adoption: 1}                 | {band: AT_RISK}   | 2 | month: '2026-13' is not a month; accepted: YYYY-MM, e.g. 2026-10
            previous band unknown   | 2026-10 | {band: OK, score: 60}    | {login: 1, adoption: 1}                 | {band: AT_RISK}   | 3 | previous.band: unknown band 'OK'; accepted: THRIVING, HEALTHY, STEADY, AT_RISK, NONE
            previous score missing  | 2026-10 | {band: HEALTHY}          | {login: 1, adoption: 1}                 | {band: AT_RISK}   | 3 | previous.score: is missing for band HEALTHY; accepted: a whole number from 0 to 100 (every band but NONE has a score)
            previous NONE scored    | 2026-10 | {band: NONE, score: 60}  | {login: 1, adoption: 1}                 | {band: AT_RISK}   | 3 | previous.score: 60 given with band NONE; accepted: no score for NONE (a month without data)
            expect band unknown     | 2026-10 | null                     | {login: 1, adoption: 1}                 | {band: RED}       | 7 | expect.band: unknown band 'RED'; accepted: THRIVING, HEALTHY, STEADY, AT_RISK, NONE
            expect score a fraction | 2026-10 | null                     | {login: 1, adoption: 1}                 | {score: 75.5}     | 7 | expect.score: 75.5 is not a whole percent; accepted: a whole number from 0 to 100, or null for band NONE
            expect nothing          | 2026-10 | null                     | {login: 1, adoption: 1}                 | {}                | 7 | expect: gives nothing to check; accepted: one or more of weekly, mean, score, band, triggers, suppressed, lowConfidence, bandReason, ruleSet
            expect unknown key      | 2026-10 | null                     | {login: 1, adoption: 1}                 | {bands: [NONE]}   | 7 | expect.bands: unknown key; accepted: weekly, mean, score, band, triggers, suppressed, lowConfidence, bandReason, ruleSet
            trigger not a name      | 2026-10 | null                     | {login: 1, adoption: 1}                 | {triggers: [1]}   | 7 | expect.triggers: is the number 1; accepted: a list of trigger names, e.g. [upsell-opportunity, loyalty-offer], [] for none
            """)
    void should_skip_the_entry_naming_line_field_and_what_is_accepted_when_a_value_is_invalid(
            String title, String month, String previous, String week, String expect, int line, String message) {
        ScenarioFile file = ScenarioFiles.read(folder, TEMPLATE.formatted(month, previous, week, expect));

        assertThat(file.scenarios()).as(title).isEmpty();
        assertThat(file.invalid()).as(title).singleElement().extracting(InvalidScenario::line, InvalidScenario::reason)
                .containsExactly(line, message);
    }
}

package io.healthscore.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A scenario giving its past in the wrong shape is skipped with one line {@code FILE:LINE: field: problem;
 * accepted: ...}, at the line of the offending value.
 */
class ScenarioPastValidationTest {
    private static final String TEMPLATE = """
            - scenario: checked
              month: 2026-10
              %s: %s
              weeks: []
              expect: %s
            """;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            history a mapping         | history   | {month: 2026-09}                                  | {band: NONE} | history: is a mapping; accepted: a list of earlier assessments, e.g. [{month: 2026-09, score: 70, band: HEALTHY}]
            history month not a month | history   | [{month: 2026-9, score: 70, band: HEALTHY}]       | {band: NONE} | history.month: '2026-9' is not a month; accepted: YYYY-MM, e.g. 2026-10
            history month missing     | history   | [{score: 70, band: HEALTHY}]                      | {band: NONE} | history.month: is missing; accepted: YYYY-MM, e.g. 2026-10
            history month not before  | history   | [{month: 2026-10, score: 70, band: HEALTHY}]      | {band: NONE} | history.month: 2026-10 is not before the scenario's month 2026-10; accepted: an earlier month (2026-10 itself is scored from weeks:)
            history month twice       | history   | [{month: 2026-09, score: 70, band: HEALTHY}, {month: 2026-09, score: 20, band: AT_RISK}] | {band: NONE} | history.month: 2026-09 is given twice (also line 3); accepted: each month once
            history NONE with a score | history   | [{month: 2026-09, score: 70, band: NONE}]         | {band: NONE} | history.score: 70 given with band NONE; accepted: no score for NONE (a month without data)
            history band without score| history   | [{month: 2026-09, band: HEALTHY}]                 | {band: NONE} | history.score: is missing for band HEALTHY; accepted: a whole number from 0 to 100 (every band but NONE has a score)
            history band unknown      | history   | [{month: 2026-09, score: 70, band: GREEN}]        | {band: NONE} | history.band: unknown band 'GREEN'; accepted: THRIVING, HEALTHY, STEADY, AT_RISK, NONE
            history effective unknown | history   | [{month: 2026-09, score: 70, band: HEALTHY, effectiveBand: OK}] | {band: NONE} | history.effectiveBand: unknown band 'OK'; accepted: THRIVING, HEALTHY, STEADY, AT_RISK, NONE
            history low not a boolean | history   | [{month: 2026-09, score: 70, band: HEALTHY, lowConfidence: 2}] | {band: NONE} | history.lowConfidence: is the number 2; accepted: true or false
            history unknown key       | history   | [{month: 2026-09, score: 70, band: HEALTHY, weeks: 4}] | {band: NONE} | history.weeks: unknown key; accepted: month, score, band, effectiveBand, lowConfidence
            past week not a Monday    | pastWeeks | [{week: 2026-09-22, login: 60, adoption: 60}]     | {band: NONE} | pastWeeks.week: 2026-09-22 is a Tuesday; accepted: the Monday that starts the ISO week (here 2026-09-21)
            past week in the month    | pastWeeks | [{week: 2026-09-28, login: 60, adoption: 60}]     | {band: NONE} | pastWeeks.week: 2026-09-28 is not before 2026-10's first week 2026-09-28; accepted: the Monday of an earlier week (the month's own go in weeks:)
            past week missing         | pastWeeks | [{login: 60, adoption: 60}]                       | {band: NONE} | pastWeeks.week: is missing; accepted: a date YYYY-MM-DD, the Monday that starts the ISO week
            past week twice           | pastWeeks | [{week: 2026-09-21, login: 60, adoption: 60}, {week: 2026-09-21, login: 1, adoption: 1}] | {band: NONE} | pastWeeks.week: 2026-09-21 is given twice (also line 3); accepted: each week once
            past login out of range   | pastWeeks | [{week: 2026-09-21, login: 101, adoption: 60}]    | {band: NONE} | pastWeeks.login: 101 is out of range; accepted: 0 to 100
            past nps out of range     | pastWeeks | [{week: 2026-09-21, login: 60, adoption: 60, nps: -101}] | {band: NONE} | pastWeeks.nps: -101 is out of range; accepted: -100 to 100, or absent/null for no feedback
            past score out of range   | pastWeeks | [{week: 2026-09-21, login: 60, adoption: 60, score: 100.5}] | {band: NONE} | pastWeeks.score: 100.5 is out of range; accepted: 0 to 100, the weekly score stored with that week's month, or absent
            past weeks a mapping      | pastWeeks | {week: 2026-09-21}                                | {band: NONE} | pastWeeks: is a mapping; accepted: a list of earlier weeks, e.g. [{week: 2026-09-21, login: 80, adoption: 70, score: 75}]
            sent a list               | sent      | [loyalty-offer]                                   | {band: NONE} | sent: is a list; accepted: a mapping of trigger name to the month it was last sent, e.g. {loyalty-offer: 2026-08}
            sent not a month          | sent      | {loyalty-offer: August}                           | {band: NONE} | sent.loyalty-offer: 'August' is not a month; accepted: YYYY-MM, e.g. 2026-10
            sent not before           | sent      | {loyalty-offer: 2026-11}                          | {band: NONE} | sent.loyalty-offer: 2026-11 is not before the scenario's month 2026-10; accepted: an earlier month (what the month itself emits is what the scenario checks)
            expect low a number       | history   | []                                                | {lowConfidence: 1} | expect.lowConfidence: is the number 1; accepted: true, false, or the reason the rules give, e.g. "2 of 5 weeks have data"
            expect suppressed a name  | history   | []                                                | {suppressed: loyalty-offer} | expect.suppressed: is the string "loyalty-offer"; accepted: a list of trigger names, e.g. [upsell-opportunity, loyalty-offer], [] for none
            expect rule set empty     | history   | []                                                | {ruleSet: null} | expect.ruleSet: is null; accepted: base, or the id of a segment folder
            """)
    void should_skip_the_entry_naming_line_field_and_what_is_accepted_when_the_past_is_invalid(
            String title, String key, String value, String expect, String message) {
        ScenarioFile file = ScenarioFiles.read(folder, TEMPLATE.formatted(key, value, expect));

        int line = message.startsWith("expect") ? 5 : 3;
        assertThat(file.scenarios()).as(title).isEmpty();
        assertThat(file.invalid()).as(title).singleElement().extracting(InvalidScenario::line, InvalidScenario::reason)
                .containsExactly(line, message);
    }
}

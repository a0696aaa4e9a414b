package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The JSON report's {@code provisional} share, the mark of each company listed to date, and {@code earlyWarning}. */
class ReportProvisionalJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode TO_DATE = parse(ReportJson.render(KnownProvisionalReport.scoredToDate()));
    private static final JsonNode EARLY = parse(ReportJson.render(KnownProvisionalReport.withEarlyWarnings()));
    private static final JsonNode KNOWN = parse(ReportJson.render(KnownReport.report()));

    @Test
    void should_give_the_provisional_share_after_the_company_count_when_the_month_has_provisional_scores() {
        JsonNode share = TO_DATE.path("provisional");

        assertThat(fieldNames(TO_DATE)).containsSubsequence("companies", "provisional", "distribution");
        assertThat(share.path("companies").asInt()).isEqualTo(38);
        assertThat(share.path("assessed").asInt()).isEqualTo(2);
        assertThat(share.path("byWeeks")).extracting(JsonNode::toString).containsExactly(
                "{\"weeks\":2,\"weeksInMonth\":5,\"companies\":30}", "{\"weeks\":1,\"weeksInMonth\":5,\"companies\":8}");
    }

    @Test
    void should_mark_each_listed_company_with_its_weeks_only_when_its_score_is_provisional() {
        assertThat(marks(TO_DATE.path("moversUp"))).containsExactly("globex {\"weeks\":2,\"weeksInMonth\":5}", "initech -");
        assertThat(marks(TO_DATE.path("moversDown"))).containsExactly("hooli {\"weeks\":1,\"weeksInMonth\":5}");
        assertThat(marks(TO_DATE.path("scoreDrops"))).containsExactly("wonka {\"weeks\":2,\"weeksInMonth\":5}",
                "vandelay -");
        assertThat(marks(TO_DATE.path("atRisk"))).containsExactly("tyrell -", "soylent {\"weeks\":2,\"weeksInMonth\":5}",
                "wonka {\"weeks\":2,\"weeksInMonth\":5}");
        assertThat(marks(TO_DATE.path("lowConfidence"))).containsExactly("tyrell {\"weeks\":1,\"weeksInMonth\":5}",
                "wonka -");
    }

    @Test
    void should_leave_out_the_share_the_marks_and_the_warnings_when_there_are_none() {
        assertThat(KNOWN.has("provisional")).isFalse();
        assertThat(KNOWN.has("earlyWarning")).isFalse();
        for (String list : List.of("moversUp", "moversDown", "scoreDrops", "atRisk", "lowConfidence")) {
            assertThat(KNOWN.path(list)).as(list).noneMatch(company -> company.has("provisional"));
        }
        assertThat(EARLY.has("provisional")).isFalse();
        assertThat(TO_DATE.has("earlyWarning")).isFalse();
    }

    @Test
    void should_list_the_next_months_companies_at_risk_to_date_last_when_there_are_any() {
        JsonNode early = EARLY.path("earlyWarning");

        assertThat(fieldNames(EARLY)).last().isEqualTo("earlyWarning");
        assertThat(early.path("month").asText()).isEqualTo("2026-11");
        assertThat(early.path("companies")).extracting(JsonNode::toString).containsExactly(
                "{\"company\":\"stark\",\"name\":\"Stark\",\"owner\":\"erin\",\"score\":15,\"band\":\"AT_RISK\","
                        + "\"provisional\":{\"weeks\":1,\"weeksInMonth\":5},\"reportedBand\":\"NONE\"}",
                "{\"company\":\"vandelay\",\"name\":\"Vandelay Industries\",\"owner\":null,\"score\":22,"
                        + "\"band\":\"AT_RISK\",\"provisional\":{\"weeks\":2,\"weeksInMonth\":5},\"reportedBand\":\"STEADY\"}",
                "{\"company\":\"umbrella\",\"name\":null,\"owner\":null,\"score\":22,\"band\":\"AT_RISK\","
                        + "\"provisional\":{\"weeks\":2,\"weeksInMonth\":5},\"reportedBand\":null}");
    }

    /** "company {weeks, weeksInMonth}" per entry, "company -" for one without a mark. */
    private static List<String> marks(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(company -> company.path("company").asText() + " "
                + (company.has("provisional") ? company.path("provisional").toString() : "-")).toList();
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

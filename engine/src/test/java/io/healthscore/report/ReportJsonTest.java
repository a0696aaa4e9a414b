package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
    /** Reads numbers as written: 30.0 stays 30.0, not 30 or a double. */
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final String KNOWN_TEXT = ReportJson.render(KnownReport.report());
    private static final JsonNode KNOWN = parse(KNOWN_TEXT);
    private static final JsonNode EMPTY = parse(ReportJson.render(KnownReport.empty()));

    @Test
    void should_describe_the_month_with_generation_time_rules_hash_and_company_count() {
        assertThat(KNOWN.path("month").asText()).isEqualTo("2026-10");
        assertThat(KNOWN.path("generatedAt").asText()).isEqualTo("2026-11-01T06:00:00Z");
        assertThat(KNOWN.path("rulesHash").asText()).isEqualTo(KnownReport.RULES_HASH);
        assertThat(KNOWN.path("companies").asInt()).isEqualTo(40);
        assertThat(EMPTY.path("rulesHash").isNull()).isTrue();
    }

    @Test
    void should_list_the_distribution_in_band_order_with_exact_percentages() {
        List<String> rows = new ArrayList<>();
        KNOWN.path("distribution").forEach(band -> rows.add(band.path("band").asText() + " " + band.path("count").asInt()
                + " " + band.path("percent").decimalValue().toPlainString()));

        assertThat(rows).containsExactly("THRIVING 12 30.0", "HEALTHY 11 27.5", "STEADY 11 27.5", "AT_RISK 5 12.5",
                "NONE 1 2.5", "CHURNED 0 0.0");
        assertThat(KNOWN_TEXT).contains("\"percent\" : 27.5").doesNotContain("E+");
    }

    @Test
    void should_give_the_target_with_actual_share_gap_and_companies_short() {
        JsonNode target = KNOWN.path("target");

        assertThat(target.path("target").decimalValue()).isEqualByComparingTo("70");
        assertThat(target.path("actual").decimalValue()).isEqualTo(new BigDecimal("57.5"));
        assertThat(target.path("healthy").asInt()).isEqualTo(23);
        assertThat(target.path("active").asInt()).isEqualTo(40);
        assertThat(target.path("met").isBoolean()).isTrue();
        assertThat(target.path("met").asBoolean()).isFalse();
        assertThat(target.path("gap").decimalValue()).isEqualByComparingTo("-12.5");
        assertThat(target.path("companiesShort").asInt()).isEqualTo(5);
    }

    @Test
    void should_give_movers_up_with_scores_change_drivers_and_source() {
        JsonNode movers = KNOWN.path("moversUp");

        assertThat(movers).hasSize(3);
        JsonNode globex = movers.get(0);
        assertThat(globex.path("company").asText()).isEqualTo("globex");
        assertThat(globex.path("name").asText()).isEqualTo("Globex Corp");
        assertThat(globex.path("owner").asText()).isEqualTo("dana");
        assertThat(globex.path("from").asText() + " -> " + globex.path("to").asText()).isEqualTo("STEADY -> HEALTHY");
        assertThat(globex.path("score").asInt()).isEqualTo(58);
        assertThat(globex.path("previousScore").asInt()).isEqualTo(47);
        assertThat(globex.path("change").asInt()).isEqualTo(11);
        assertThat(globex.path("drivers").path("login").decimalValue()).isEqualTo(new BigDecimal("70.5"));
        assertThat(globex.path("drivers").path("weeks").asInt()).isEqualTo(4);
        assertThat(globex.path("source").asText()).isEqualTo("automatic");
        JsonNode umbrella = movers.get(2);
        assertThat(umbrella.path("owner").isNull()).isTrue();
        assertThat(umbrella.path("previousScore").isNull()).isTrue();
        assertThat(umbrella.path("change").isNull()).isTrue();
        assertThat(umbrella.path("source").asText()).isEqualTo("reinstate");
        assertThat(movers.get(1).path("drivers").path("nps").isNull()).isTrue();
    }

    @Test
    void should_give_movers_down_with_negative_change() {
        JsonNode movers = KNOWN.path("moversDown");

        assertThat(movers).hasSize(2);
        assertThat(movers.get(0).path("change").asInt()).isEqualTo(-9);
        assertThat(movers.get(1).path("to").asText()).isEqualTo("AT_RISK");
        assertThat(movers.get(1).path("source").asText()).isEqualTo("override");
    }

    @Test
    void should_give_score_drops_with_the_threshold_and_points_lost() {
        assertThat(KNOWN.path("dropThreshold").asInt()).isEqualTo(15);
        JsonNode wonka = KNOWN.path("scoreDrops").get(0);

        assertThat(KNOWN.path("scoreDrops")).hasSize(2);
        assertThat(wonka.path("company").asText()).isEqualTo("wonka");
        assertThat(wonka.path("previousScore").asInt()).isEqualTo(45);
        assertThat(wonka.path("score").asInt()).isEqualTo(24);
        assertThat(wonka.path("drop").asInt()).isEqualTo(21);
        assertThat(wonka.path("band").asText()).isEqualTo("AT_RISK");
        assertThat(wonka.path("drivers").path("nps").decimalValue()).isEqualByComparingTo("-35");
    }

    @Test
    void should_give_at_risk_companies_with_months_and_override() {
        JsonNode atRisk = KNOWN.path("atRisk");

        assertThat(atRisk).hasSize(5);
        assertThat(atRisk.get(0).path("company").asText()).isEqualTo("tyrell");
        assertThat(atRisk.get(0).path("owner").isNull()).isTrue();
        assertThat(atRisk.get(0).path("monthsAtRisk").asInt()).isEqualTo(6);
        assertThat(atRisk.get(0).path("overridden").asBoolean()).isFalse();
        assertThat(atRisk.get(4).path("overridden").asBoolean()).isTrue();
        assertThat(atRisk.get(4).path("automaticBand").asText()).isEqualTo("HEALTHY");
        assertThat(atRisk.get(4).path("score").asInt()).isEqualTo(54);
    }

    @Test
    void should_give_manual_changes_with_an_iso_utc_time_and_the_note_as_written() {
        JsonNode changes = KNOWN.path("manualChanges");

        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).path("at").asText()).isEqualTo("2026-10-14T09:30:00Z");
        assertThat(changes.get(0).path("month").asText()).isEqualTo("2026-10");
        assertThat(changes.get(0).path("source").asText()).isEqualTo("override");
        assertThat(changes.get(0).path("author").asText()).isEqualTo("dana@example.com");
        assertThat(changes.get(0).path("note").asText()).isEqualTo(KnownReport.MARKUP_NOTE);
        assertThat(changes.get(0).path("from").asText()).isEqualTo("HEALTHY");
        assertThat(changes.get(1).path("note").isNull()).isTrue();
    }

    @Test
    void should_give_each_happiness_level_with_range_count_and_share() {
        JsonNode happiness = KNOWN.path("happiness");
        List<String> levels = new ArrayList<>();
        happiness.path("levels").forEach(level -> levels.add(level.path("level").asText() + "|" + level.path("key").asText()
                + "|" + level.path("range").asText() + "|" + level.path("count").asInt() + "|"
                + level.path("percent").decimalValue().toPlainString()));

        assertThat(levels).containsExactly("Very Happy|VERY_HAPPY|50 to 100|14|40.0", "Happy|HAPPY|10 to under 50|12|34.3",
                "Neutral|NEUTRAL|-10 to under 10|6|17.1", "Not Happy|NOT_HAPPY|under -10|3|8.6");
        assertThat(happiness.path("noFeedback").asInt()).isEqualTo(5);
    }

    @Test
    void should_give_the_trend_oldest_first_with_counts_by_band_and_healthy_share() {
        JsonNode trend = KNOWN.path("trend");

        assertThat(trend).hasSize(4);
        assertThat(trend.get(0).path("month").asText()).isEqualTo("2026-07");
        assertThat(trend.get(1).path("counts").path("CHURNED").asInt()).isEqualTo(1);
        assertThat(trend.get(1).path("healthyPercent").decimalValue()).isEqualTo(new BigDecimal("51.3"));
        assertThat(trend.get(3).path("counts").path("THRIVING").asInt()).isEqualTo(12);
        assertThat(trend.get(3).path("healthyPercent").decimalValue()).isEqualTo(new BigDecimal("57.5"));
    }

    @Test
    void should_give_empty_arrays_when_there_is_nothing_to_list() {
        for (String list : List.of("moversUp", "moversDown", "scoreDrops", "atRisk", "manualChanges")) {
            assertThat(EMPTY.path(list).isArray()).as(list).isTrue();
            assertThat(EMPTY.path(list)).as(list).isEmpty();
        }
        assertThat(EMPTY.path("target").path("companiesShort").asInt()).isEqualTo(3);
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

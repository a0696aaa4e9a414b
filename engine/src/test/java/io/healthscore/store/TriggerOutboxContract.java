package io.healthscore.store;

import static io.healthscore.store.Assessments.assessment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.healthscore.HealthscoreException;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.Band;
import io.healthscore.assessment.Previous;
import io.healthscore.automation.TriggerFileChannel;
import io.healthscore.company.CompanyId;
import io.healthscore.testhelper.SettableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trigger outbox: emitted triggers stay pending until delivered, and the file channel appends each pending
 * trigger to its JSON Lines file once, never again.
 */
abstract class TriggerOutboxContract extends StoreContract {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AssessmentRepository assessments;
    private TriggerRepository triggers;
    private SettableClock clock;

    TriggerOutboxContract(TestStore kind) {
        super(kind);
    }

    @BeforeEach
    void knowAcmeAndBeta() {
        knownCompanies("acme", "beta");
        assessments = new AssessmentRepository(database);
        triggers = new TriggerRepository(database);
        clock = new SettableClock(NOW.plusSeconds(3_600));
    }

    @Test
    void should_list_undelivered_triggers_oldest_first_when_they_were_emitted_at_different_times() {
        assessments.save(List.of(assessment("beta", "2026-10", 20, Band.AT_RISK, new Previous(Band.STEADY, 40),
                "outreach-email", "follow-up-task")), NOW.plusSeconds(60));
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity"),
                assessment("acme", "2026-09", null, Band.NONE, "internal-notification")), NOW);

        List<EmittedTrigger> pending = triggers.pending(100);

        assertThat(pending).extracting(EmittedTrigger::id).containsExactly("acme/2026-09/internal-notification",
                "acme/2026-10/upsell-opportunity", "beta/2026-10/follow-up-task", "beta/2026-10/outreach-email");
        assertThat(pending.get(3)).isEqualTo(new EmittedTrigger(CompanyId.of("beta"), YearMonth.parse("2026-10"),
                "outreach-email", Band.AT_RISK, Band.STEADY, 20, 40, Assessments.RULES_HASH, NOW.plusSeconds(60)));
        assertThat(pending.get(0).score()).isNull();
        assertThat(pending.get(0).previousScore()).isNull();
    }

    @Test
    void should_list_at_most_the_limit_when_more_triggers_are_pending() {
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "a", "b", "c", "d")), NOW);

        assertThat(triggers.pending(3)).extracting(EmittedTrigger::name).containsExactly("a", "b", "c");
    }

    @Test
    void should_not_list_a_trigger_again_when_it_was_marked_delivered() {
        assessments.save(
                List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity", "loyalty-offer")), NOW);

        triggers.markDelivered(triggers.pending(1), NOW.plusSeconds(5));

        assertThat(triggers.pending(100)).extracting(EmittedTrigger::name).containsExactly("upsell-opportunity");
        assertThat(instant("SELECT delivered_at FROM triggers WHERE name = 'loyalty-offer'"))
                .isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void should_keep_the_first_delivery_time_when_a_trigger_is_marked_delivered_twice() {
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity")), NOW);
        List<EmittedTrigger> pending = triggers.pending(100);
        triggers.markDelivered(pending, NOW.plusSeconds(5));

        triggers.markDelivered(pending, NOW.plusSeconds(50));

        assertThat(instant("SELECT delivered_at FROM triggers")).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void should_have_nothing_pending_when_a_delivered_assessment_is_saved_again() {
        Assessment acme = assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity");
        assessments.save(List.of(acme), NOW);
        triggers.markDelivered(triggers.pending(100), NOW.plusSeconds(5));

        assessments.save(List.of(acme), NOW.plusSeconds(60));

        assertThat(triggers.pending(100)).isEmpty();
    }

    @Test
    void should_append_each_pending_trigger_once_when_delivery_runs_again_and_again() throws IOException {
        Path file = scratch.resolve("out/triggers.jsonl");
        TriggerFileChannel channel = new TriggerFileChannel(triggers, file, clock);
        Assessment acme = assessment("acme", "2026-10", 63, Band.HEALTHY, new Previous(Band.STEADY, 40),
                "upsell-opportunity", "loyalty-offer");
        assessments.save(List.of(acme), NOW);

        assertThat(channel.deliverPending()).isEqualTo(2);
        assertThat(channel.deliverPending()).isZero();
        assessments.save(List.of(acme), NOW.plusSeconds(60));
        assertThat(channel.deliverPending()).isZero();
        assessments.save(List.of(assessment("beta", "2026-10", 20, Band.AT_RISK, "outreach-email")),
                NOW.plusSeconds(120));
        assertThat(channel.deliverPending()).isEqualTo(1);

        List<JsonNode> lines = lines(file);
        assertThat(lines).extracting(line -> line.get("id").asText()).containsExactly(
                "acme/2026-10/loyalty-offer", "acme/2026-10/upsell-opportunity", "beta/2026-10/outreach-email");
        assertThat(lines.get(1)).isEqualTo(JSON.readTree("""
                {"id": "acme/2026-10/upsell-opportunity", "company": "acme", "month": "2026-10",
                 "trigger": "upsell-opportunity", "band": "HEALTHY", "previousBand": "STEADY", "score": 63,
                 "previousScore": 40, "rulesHash": "%s", "emittedAt": "%s"}""".formatted(Assessments.RULES_HASH, NOW)));
        assertThat(triggers.pending(100)).isEmpty();
        assertThat(instant("SELECT MIN(delivered_at) FROM triggers")).isEqualTo(clock.instant());
    }

    @Test
    void should_keep_earlier_lines_when_the_file_exists_already() throws IOException {
        Path file = scratch.resolve("triggers.jsonl");
        Files.writeString(file, "{\"id\": \"from-yesterday\"}\n");
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity")), NOW);

        new TriggerFileChannel(triggers, file, clock).deliverPending();

        assertThat(lines(file)).extracting(line -> line.get("id").asText())
                .containsExactly("from-yesterday", "acme/2026-10/upsell-opportunity");
    }

    @Test
    void should_keep_triggers_pending_when_the_file_cannot_be_written() throws IOException {
        Path notAFile = Files.createDirectories(scratch.resolve("a-folder"));
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity")), NOW);

        assertThatThrownBy(() -> new TriggerFileChannel(triggers, notAFile, clock).deliverPending())
                .isInstanceOf(HealthscoreException.class)
                .hasMessageContaining(notAFile.toString())
                .hasMessageContaining("stay pending");

        assertThat(triggers.pending(100)).extracting(EmittedTrigger::id)
                .containsExactly("acme/2026-10/upsell-opportunity");
    }

    @Test
    void should_append_every_trigger_once_when_more_are_pending_than_one_page_holds() throws IOException {
        String[] names = IntStream.range(0, 10_001).mapToObj(index -> "t%05d".formatted(index)).toArray(String[]::new);
        assessments.save(List.of(assessment("acme", "2026-10", 20, Band.AT_RISK, names)), NOW);
        Path file = scratch.resolve("triggers.jsonl");

        int delivered = new TriggerFileChannel(triggers, file, clock).deliverPending();

        assertThat(delivered).isEqualTo(10_001);
        assertThat(lines(file)).extracting(line -> line.get("trigger").asText()).containsExactly(names);
        assertThat(triggers.pending(10)).isEmpty();
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}

package io.healthscore.store;

import static io.healthscore.store.Assessments.assessment;
import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.assessment.Band;
import io.healthscore.assessment.Previous;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.EmittedTrigger;
import io.healthscore.trigger.OutboxEntry;
import io.healthscore.trigger.OutboxFilter;
import io.healthscore.trigger.OutboxUpdate;
import io.healthscore.trigger.TriggerKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trigger outbox: triggers are stored pending with their assessment, due ones are listed with their company
 * and drivers, a claim gives each to one dispatcher only (until its lease runs out), and recorded outcomes move
 * them to sent, a later retry, or dead.
 */
abstract class TriggerOutboxContract extends StoreContract {
    private static final Instant LATER = NOW.plusSeconds(3_600);

    private AssessmentRepository assessments;
    private OutboxQueries queries;
    private OutboxRepository outbox;

    TriggerOutboxContract(TestStore kind) {
        super(kind);
    }

    @BeforeEach
    void knowAcmeAndBeta() {
        knownCompanies("beta");
        new CompanyRepository(database).saveDetails(List.of(new Company(CompanyId.of("acme"), "Acme Corporation",
                "dana@cs.example", "success@acme.example", "enterprise")), NOW);
        assessments = new AssessmentRepository(database);
        queries = new OutboxQueries(database);
        outbox = new OutboxRepository(database);
    }

    @Test
    void should_list_due_triggers_oldest_first_with_company_and_drivers_when_they_were_stored() {
        assessments.save(List.of(assessment("beta", "2026-10", 20, Band.AT_RISK, new Previous(Band.STEADY, 40),
                "outreach-email", "follow-up-task")), NOW.plusSeconds(60));
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, new Previous(Band.STEADY, 47),
                "upsell-opportunity"), assessment("acme", "2026-09", null, Band.NONE, "internal-notification")), NOW);

        List<OutboxEntry> due = queries.due(LATER, 100);

        assertThat(due).extracting(OutboxEntry::id).containsExactly("acme/2026-09/internal-notification",
                "acme/2026-10/upsell-opportunity", "beta/2026-10/follow-up-task", "beta/2026-10/outreach-email");
        OutboxEntry upsell = due.get(1);
        assertThat(upsell.trigger()).isEqualTo(new EmittedTrigger(CompanyId.of("acme"), YearMonth.parse("2026-10"),
                "upsell-opportunity", Band.HEALTHY, Band.STEADY, 63, 47, Assessments.RULES_HASH, NOW));
        assertThat(upsell.company().name()).isEqualTo("Acme Corporation");
        assertThat(upsell.company().owner()).isEqualTo("dana@cs.example");
        assertThat(upsell.company().contact()).isEqualTo("success@acme.example");
        assertThat(upsell.drivers().login()).isEqualByComparingTo(new BigDecimal("70.25"));
        assertThat(upsell.drivers().weeks()).isEqualTo(4);
        assertThat(upsell.drivers().change()).isEqualTo(16);
        assertThat(upsell.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(upsell.attempts()).isZero();
        assertThat(due.get(0).drivers().weeks()).isZero();
        assertThat(due.get(2).company().name()).isNull();
    }

    @Test
    void should_give_a_trigger_to_one_dispatcher_only_when_two_claim_it() {
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity")), NOW);
        TriggerKey key = queries.due(LATER, 10).get(0).key();

        List<TriggerKey> first = outbox.claim(List.of(key), "node-a", LATER, LATER.plusSeconds(300));
        List<TriggerKey> second = outbox.claim(List.of(key), "node-b", LATER.plusSeconds(1), LATER.plusSeconds(301));

        assertThat(first).containsExactly(key);
        assertThat(second).isEmpty();
        assertThat(queries.due(LATER.plusSeconds(1), 10)).isEmpty();
    }

    @Test
    void should_free_a_claim_when_its_lease_ran_out() {
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity")), NOW);
        TriggerKey key = queries.due(LATER, 10).get(0).key();
        outbox.claim(List.of(key), "killed-node", LATER, LATER.plusSeconds(300));

        List<TriggerKey> taken = outbox.claim(List.of(key), "node-b", LATER.plusSeconds(301), LATER.plusSeconds(600));
        List<TriggerKey> lost = outbox.record(List.of(OutboxUpdate.sent(key, "file", LATER.plusSeconds(302))),
                "killed-node");

        assertThat(taken).containsExactly(key);
        assertThat(lost).containsExactly(key);
        assertThat(queries.find(key).orElseThrow().status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void should_never_list_a_trigger_again_when_it_was_recorded_sent() {
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity",
                "loyalty-offer")), NOW);
        TriggerKey loyalty = new TriggerKey(CompanyId.of("acme"), YearMonth.parse("2026-10"), "loyalty-offer");
        outbox.claim(List.of(loyalty), "me", LATER, LATER.plusSeconds(300));

        assertThat(outbox.record(List.of(OutboxUpdate.sent(loyalty, "crm", LATER.plusSeconds(5))), "me")).isEmpty();
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity",
                "loyalty-offer")), LATER.plusSeconds(60));

        assertThat(queries.due(LATER.plusSeconds(3_600), 10)).extracting(OutboxEntry::id)
                .containsExactly("acme/2026-10/upsell-opportunity");
        OutboxEntry sent = queries.find(loyalty).orElseThrow();
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.deliveredAt()).isEqualTo(LATER.plusSeconds(5));
        assertThat(sent.channel()).isEqualTo("crm");
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(outbox.claim(List.of(loyalty), "other", LATER.plusSeconds(7_200), LATER.plusSeconds(9_000))).isEmpty();
    }

    @Test
    void should_hold_a_retry_back_until_its_next_attempt_when_an_attempt_failed() {
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity")), NOW);
        TriggerKey key = queries.due(LATER, 10).get(0).key();
        outbox.claim(List.of(key), "me", LATER, LATER.plusSeconds(300));
        outbox.record(List.of(OutboxUpdate.retry(key, "crm", "HTTP 503", LATER.plusSeconds(20))), "me");

        assertThat(queries.due(LATER.plusSeconds(19), 10)).isEmpty();
        assertThat(outbox.nextAttempt()).isEqualTo(LATER.plusSeconds(20));
        OutboxEntry waiting = queries.due(LATER.plusSeconds(20), 10).get(0);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isEqualTo("HTTP 503");
        assertThat(waiting.nextAttemptAt()).isEqualTo(LATER.plusSeconds(20));
    }

    @Test
    void should_requeue_only_the_matching_dead_triggers_when_asked_to_retry() {
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity"),
                assessment("beta", "2026-10", 20, Band.AT_RISK, "outreach-email")), NOW);
        List<TriggerKey> keys = queries.due(LATER, 10).stream().map(OutboxEntry::key).toList();
        outbox.claim(keys, "me", LATER, LATER.plusSeconds(300));
        outbox.record(keys.stream().map(key -> OutboxUpdate.dead(key, "mail", "no contact email", true)).toList(), "me");

        int requeued = outbox.requeueDead(new OutboxFilter(null, CompanyId.of("beta"), null, 1));

        assertThat(requeued).isEqualTo(1);
        assertThat(queries.due(LATER, 10)).extracting(OutboxEntry::id, OutboxEntry::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("beta/2026-10/outreach-email", 0));
        assertThat(outbox.counts()).containsEntry(DeliveryStatus.DEAD, 1L).containsEntry(DeliveryStatus.PENDING, 1L);
        assertThat(outbox.pending()).isEqualTo(1);
    }

    @Test
    void should_list_by_status_company_and_month_when_filtered() {
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity"),
                assessment("acme", "2026-09", 40, Band.STEADY, "engagement-email"),
                assessment("beta", "2026-10", 20, Band.AT_RISK, "outreach-email")), NOW);
        TriggerKey upsell = new TriggerKey(CompanyId.of("acme"), YearMonth.parse("2026-10"), "upsell-opportunity");
        outbox.claim(List.of(upsell), "me", LATER, LATER.plusSeconds(300));
        outbox.record(List.of(OutboxUpdate.sent(upsell, "file", LATER)), "me");

        assertThat(queries.list(new OutboxFilter(null, null, null, 10))).extracting(OutboxEntry::id).containsExactly(
                "acme/2026-10/upsell-opportunity", "beta/2026-10/outreach-email", "acme/2026-09/engagement-email");
        assertThat(queries.list(new OutboxFilter(DeliveryStatus.PENDING, CompanyId.of("acme"), null, 10)))
                .extracting(OutboxEntry::id).containsExactly("acme/2026-09/engagement-email");
        assertThat(queries.list(new OutboxFilter(DeliveryStatus.SENT, null, YearMonth.parse("2026-10"), 10)))
                .extracting(OutboxEntry::id).containsExactly("acme/2026-10/upsell-opportunity");
        assertThat(queries.list(new OutboxFilter(null, null, null, 1))).hasSize(1);
    }

    @Test
    void should_count_a_replay_and_make_a_dead_trigger_sent_when_the_replay_reached_its_channel() {
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity")), NOW);
        TriggerKey key = queries.due(LATER, 10).get(0).key();
        outbox.claim(List.of(key), "me", LATER, LATER.plusSeconds(300));
        outbox.record(List.of(OutboxUpdate.dead(key, "crm", "HTTP 400", true)), "me");

        outbox.recordReplay(key, "crm", true, LATER.plusSeconds(10));
        outbox.recordReplay(key, "crm", false, LATER.plusSeconds(20));

        OutboxEntry entry = queries.find(key).orElseThrow();
        assertThat(entry.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(entry.replays()).isEqualTo(2);
        assertThat(entry.replayedAt()).isEqualTo(LATER.plusSeconds(20));
        assertThat(entry.deliveredAt()).isEqualTo(LATER.plusSeconds(10));
        assertThat(entry.lastError()).isEqualTo("HTTP 400");
    }

    @Test
    void should_record_a_file_from_its_length_then_mark_found_lines_sent_and_move_its_offset_in_one_go() {
        assessments.save(List.of(assessment("acme", "2026-10", 63, Band.HEALTHY, "upsell-opportunity",
                "loyalty-offer"), assessment("beta", "2026-10", 20, Band.AT_RISK, "outreach-email")), NOW);
        TriggerKey upsell = TriggerKey.parse("acme/2026-10/upsell-opportunity");
        TriggerKey loyalty = TriggerKey.parse("acme/2026-10/loyalty-offer");
        TriggerKey outreach = TriggerKey.parse("beta/2026-10/outreach-email");
        TriggerFileRepository files = new TriggerFileRepository(database);
        // a killed process held the claim on the trigger whose line it wrote
        outbox.claim(List.of(loyalty), "killed", LATER, LATER.plusSeconds(300));
        outbox.claim(List.of(upsell), "me", LATER, LATER.plusSeconds(300));

        assertThat(files.recordedTo("host:/data/triggers.jsonl", 120, LATER)).as("a file seen first").isEqualTo(120);
        assertThat(files.recordedTo("host:/data/triggers.jsonl", 500, LATER)).as("recorded offset kept").isEqualTo(120);
        assertThat(files.recordedTo("other:/data/triggers.jsonl", 0, LATER)).as("another host's file").isZero();
        List<TriggerKey> lost = files.record("host:/data/triggers.jsonl", 900, List.of(loyalty, upsell), "file",
                List.of(OutboxUpdate.sent(upsell, "file", LATER.plusSeconds(5))), "me", LATER.plusSeconds(6));

        assertThat(lost).isEmpty();
        assertThat(files.recordedTo("host:/data/triggers.jsonl", 0, LATER)).isEqualTo(900);
        assertThat(queries.find(upsell).orElseThrow().deliveredAt()).as("recorded under its own claim")
                .isEqualTo(LATER.plusSeconds(5));
        OutboxEntry found = queries.find(loyalty).orElseThrow();
        assertThat(found.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(found.channel()).isEqualTo("file");
        assertThat(found.deliveredAt()).isEqualTo(LATER.plusSeconds(6));
        assertThat(found.attempts()).isEqualTo(1);
        assertThat(queries.find(outreach).orElseThrow().status()).as("not in the file").isEqualTo(DeliveryStatus.PENDING);
        assertThat(queries.due(LATER.plusSeconds(3_600), 10)).extracting(OutboxEntry::id)
                .containsExactly("beta/2026-10/outreach-email");
    }
}

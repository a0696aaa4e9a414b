package io.healthscore.telemetry;

import io.healthscore.assessment.EffectiveBand;
import io.healthscore.automation.Automations;
import io.healthscore.automation.Outbox;
import io.healthscore.report.Portfolio;
import io.healthscore.run.RunLog;
import io.healthscore.run.RunRecord;
import io.healthscore.run.RunStatus;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.OutboxCount;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the store says at one moment, read with five queries, each counting in the database: runs by status, the
 * newest finished run, the latest scored month, its companies by band, and the outbox by trigger, channel and status.
 */
record StoreReading(Map<RunStatus, Long> runs, Optional<RunRecord> latestFinished, Optional<YearMonth> month,
        Map<EffectiveBand, Long> bands, Map<String, Map<DeliveryStatus, Long>> triggers) {

    StoreReading {
        runs = Map.copyOf(runs);
        bands = Map.copyOf(bands);
        triggers = Map.copyOf(triggers);
    }

    static StoreReading read(RunLog runLog, Portfolio portfolio, Outbox outbox, Automations automations, Instant now) {
        Optional<YearMonth> month = portfolio.latestMonth();
        return new StoreReading(runLog.statusCounts(now), runLog.latestFinished(now), month,
                month.map(portfolio::bandCounts).orElse(Map.of()), byChannel(outbox.countsByChannel(), automations));
    }

    /** The counts by channel; a trigger not tried yet counts on the channel its automation routes it to. */
    private static Map<String, Map<DeliveryStatus, Long>> byChannel(List<OutboxCount> counts, Automations automations) {
        Map<String, Map<DeliveryStatus, Long>> byChannel = new TreeMap<>();
        for (OutboxCount count : counts) {
            String channel = count.channel() != null ? count.channel() : automations.route(count.trigger()).channel();
            byChannel.computeIfAbsent(channel, name -> new EnumMap<>(DeliveryStatus.class))
                    .merge(count.status(), count.triggers(), Long::sum);
        }
        byChannel.replaceAll((channel, statuses) -> Map.copyOf(statuses));
        return byChannel;
    }

    long runsDone() {
        return runs.getOrDefault(RunStatus.DONE, 0L);
    }
}

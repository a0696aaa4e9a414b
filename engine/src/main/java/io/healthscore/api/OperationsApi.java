package io.healthscore.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.automation.DeliveryCounts;
import io.healthscore.automation.Outbox;
import io.healthscore.company.CompanyId;
import io.healthscore.report.Portfolio;
import io.healthscore.report.PortfolioReport;
import io.healthscore.report.ReportBuilder;
import io.healthscore.report.ReportJson;
import io.healthscore.run.RunLog;
import io.healthscore.trigger.DeliveryStatus;
import io.healthscore.trigger.OutboxFilter;
import io.healthscore.views.RunJson;
import io.healthscore.views.TriggerJson;
import io.healthscore.web.Answers;
import io.healthscore.web.Backend;
import io.healthscore.web.Caller;
import io.healthscore.web.ProblemException;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The portfolio report, the run records and the outbox, as {@code report}, {@code runs} and {@code triggers}. */
final class OperationsApi {
    private static final Logger LOG = LoggerFactory.getLogger(OperationsApi.class);
    static final int DROP = 15;

    private final Backend backend;
    private final BigDecimal target;

    OperationsApi(Backend backend, BigDecimal target) {
        this.backend = backend;
        this.target = target;
    }

    /** {@code GET /api/v1/report?month=&target=}: the JSON of {@code report --format json}. */
    void report(Context ctx) {
        YearMonth month = Params.month(ctx);
        BigDecimal wanted = Params.percent(ctx, "target", target);
        YearMonth reported = month != null ? month : new Portfolio(backend.database()).latestMonth().orElseThrow(
                () -> ProblemException.notFound("nothing is scored yet; a month run (or POST .../score) comes first"));
        PortfolioReport report = new ReportBuilder(backend.database(), backend.clock()).build(reported, wanted, DROP);
        ctx.status(200).contentType("application/json").result(ReportJson.render(report));
    }

    /** {@code GET /api/v1/runs?month=&limit=}: newest first, as {@code runs --json}. */
    void runs(Context ctx) {
        List<RunJson> runs = new RunLog(backend.database())
                .list(Params.month(ctx), Params.limit(ctx, 20, 1000), backend.clock().instant())
                .stream().map(RunJson::view).toList();
        Answers.json(ctx, new Runs(runs));
    }

    /** {@code GET /api/v1/triggers?status=&company=&month=&limit=}: as {@code triggers --json}, with the counts. */
    void triggers(Context ctx) {
        Outbox outbox = new Outbox(backend.database());
        List<TriggerJson> entries = outbox.list(filter(ctx, Params.limit(ctx, 100, 10_000), true)).stream()
                .map(TriggerJson::view).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        outbox.counts().forEach((status, count) -> counts.put(status.code(), count));
        Answers.json(ctx, new Triggers(entries, counts));
    }

    /** {@code POST /api/v1/triggers/retry?company=&month=}: re-queues the dead-lettered ones and delivers them. */
    void retry(Context ctx) {
        int requeued = new Outbox(backend.database()).requeueDead(filter(ctx, 1, false));
        DeliveryCounts delivery = backend.dispatcher().settle();
        LOG.info("api triggers retry by {}: {} re-queued; delivery: {}", Caller.of(ctx).name(), requeued, delivery);
        Answers.json(ctx, new Retried(requeued, delivery));
    }

    private static OutboxFilter filter(Context ctx, int limit, boolean withStatus) {
        DeliveryStatus status = null;
        String statusText = withStatus ? Params.text(ctx, "status") : null;
        if (statusText != null) {
            try {
                status = DeliveryStatus.parse(statusText);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badField("status", e.getMessage());
            }
        }
        String company = Params.text(ctx, "company");
        if (company != null && !CompanyId.isValid(company)) {
            throw ProblemException.badField("company", "'" + company + "' is not a company id; accepted: 1-64"
                    + " characters of A-Z a-z 0-9 . _ -");
        }
        return new OutboxFilter(status, company == null ? null : CompanyId.of(company), Params.month(ctx), limit);
    }

    record Runs(List<RunJson> runs) {
    }

    @JsonPropertyOrder({"triggers", "counts"})
    record Triggers(List<TriggerJson> triggers, Map<String, Long> counts) {
    }

    @JsonPropertyOrder({"requeued", "delivery"})
    record Retried(int requeued, DeliveryCounts delivery) {
    }
}

package io.healthscore.console;

import io.healthscore.assessment.Band;
import io.healthscore.run.RunLog;
import io.healthscore.run.RunRecord;
import io.healthscore.web.Backend;
import io.javalin.http.Context;
import java.util.List;

/** GET /runs: the latest month runs, newest first, with how far they got and what they counted. */
final class RunsPage {
    static final int LIMIT = 50;

    private final Backend backend;

    RunsPage(Backend backend) {
        this.backend = backend;
    }

    void show(Context ctx) {
        List<Row> runs = new RunLog(backend.database()).list(null, LIMIT, backend.clock().instant()).stream()
                .map(Row::of).toList();
        Layout.answer(ctx, 200, "Runs", "/runs", Templates.render("runs", new Page(runs)));
    }

    private record Page(List<Row> runs) {
        boolean any() {
            return !runs.isEmpty();
        }
    }

    private record Row(String id, String month, String kind, String status, String started, String finished,
            String shards, long companies, long thriving, long healthy, long steady, long atRisk, long noData,
            long triggers, long delivered, String rules, String node, String error) {
        static Row of(RunRecord run) {
            return new Row(run.id(), run.month().toString(), run.kind().label(), run.status().label(),
                    Shown.minute(run.startedAt()), Shown.minute(run.finishedAt()), run.shardsDone() + " of " + run.shards(),
                    run.counts().companies(), run.counts().band(Band.THRIVING), run.counts().band(Band.HEALTHY),
                    run.counts().band(Band.STEADY), run.counts().band(Band.AT_RISK), run.counts().band(Band.NONE),
                    run.counts().triggers(), run.counts().delivered(),
                    run.rulesHash() == null ? Shown.MISSING : run.rulesHash().substring(0, Math.min(12, run.rulesHash().length())),
                    Shown.orMissing(run.node()), run.error());
        }
    }
}

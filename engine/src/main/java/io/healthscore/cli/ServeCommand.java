package io.healthscore.cli;

import io.healthscore.HealthscoreException;
import io.healthscore.NodeName;
import io.healthscore.config.Settings;
import io.healthscore.serve.ServeSettings;
import io.healthscore.serve.Service;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sun.misc.Signal;

@Command(name = "serve", mixinStandardHelpOptions = true, description = {
        "Run the scheduler, the HTTP API and the web console.",
        "On the cron schedule (default 02:00 on the 1st) scores the month that just ended for every company, emits"
                + " the triggers, and keeps the rules hot-reloaded. Once a week (default 06:00 on Mondays) it scores the"
                + " current month to date, provisionally. On one listener (default 127.0.0.1:8571) it serves"
                + " /health, /metrics (Prometheus), the API under /api/v1 and the console at /, to the users of"
                + " 'healthscore users'. Stop with SIGTERM or Ctrl-C. Several nodes on one PostgreSQL store share the"
                + " work; the embedded store serves one node."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions options;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with the keys below (see docs/operations.md, 'Configuration keys').")
    Path config;

    @Option(names = "--cron", paramLabel = "EXPR", description = "schedule.cron: Quartz cron expression (default '0 0 2 1 * ?').")
    String cron;

    @Option(names = "--provisional-cron", paramLabel = "EXPR", description = "schedule.provisional-cron: when the"
            + " current month is scored to date, a Quartz cron expression (default '0 0 6 ? * MON').")
    String provisionalCron;

    @Option(names = "--zone", paramLabel = "ZONE", description = "schedule.zone: time zone of the schedule (default: the system's).")
    String zone;

    @Option(names = "--shards", paramLabel = "N", description = "schedule.shards: parts a month run is split into (default 8).")
    String shards;

    @Option(names = "--health-port", paramLabel = "PORT", description = "serve.health-port: port of the listener: /health, /metrics, /api/v1 and the console (default 8571, 0 picks a free one).")
    String healthPort;

    @Option(names = "--node", paramLabel = "NAME", description = "serve.node: this node's name in the cluster (default HOST-PID).")
    String node;

    private final Cli cli;

    ServeCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> given = new HashMap<>();
        given.put("schedule.cron", cron);
        given.put("schedule.provisional-cron", provisionalCron);
        given.put("schedule.zone", zone);
        given.put("schedule.shards", shards);
        given.put("serve.health-port", healthPort);
        given.put("serve.node", node);
        ServeSettings settings = ServeSettings.from(Settings.load(given, System.getenv(), config, ServeSettings.KEYS),
                ZoneId.systemDefault(), NodeName.local());
        CountDownLatch stop = new CountDownLatch(1);
        onSignal("TERM", stop);
        onSignal("INT", stop);
        try (Workspace workspace = cli.workspace(options);
             Service service = Service.start(new Service.Setup(workspace.location(), workspace.rulesFolder(),
                     workspace.triggersFile(), workspace.automationsFile(), workspace.threads(), settings,
                     workspace.clock()))) {
            cli.err().println("healthscore serve: node " + settings.node() + " on " + workspace.location().display()
                    + "; next monthly run " + service.schedule().nextFiring().map(Object::toString).orElse("none")
                    + "; health on http://" + settings.healthAddress() + ":" + service.healthPort() + "/health"
                    + "; console on http://" + settings.healthAddress() + ":" + service.healthPort() + "/");
            stop.await();
            cli.err().println("healthscore serve: stopping; the work in progress on this node finishes first");
        }
        cli.err().println("healthscore serve: stopped");
        return ExitCode.OK;
    }

    /**
     * SIGTERM and Ctrl-C end the wait above instead of starting the JVM's exit: the orderly stop runs on this
     * thread and the command returns 0, which an orchestrator reads as a clean stop. A shutdown hook cannot do
     * that: once a signal has begun the exit, the status is 143 (130 for Ctrl-C) whatever the hook does. Hence the
     * JDK's sun.misc.Signal (module jdk.unsupported), which there is no standard replacement for.
     */
    private static void onSignal(String name, CountDownLatch stop) {
        try {
            Signal.handle(new Signal(name), signal -> stop.countDown());
        } catch (IllegalArgumentException e) {
            throw new HealthscoreException("cannot handle SIG" + name + " on this platform: " + e.getMessage(), e);
        }
    }
}

package io.healthscore.serve;

import io.healthscore.automation.Automations;
import io.healthscore.automation.AutomationsFile;
import io.healthscore.automation.DeliveryLoop;
import io.healthscore.automation.Dispatcher;
import io.healthscore.rules.ActiveRules;
import io.healthscore.rules.RuleCompiler;
import io.healthscore.rules.RulesWatcher;
import io.healthscore.run.ProvisionalScoring;
import io.healthscore.run.RunPlanner;
import io.healthscore.run.ShardRunner;
import io.healthscore.schedule.MonthlyRuns;
import io.healthscore.schedule.MonthlySchedule;
import io.healthscore.schedule.ProvisionalRuns;
import io.healthscore.store.Database;
import io.healthscore.store.StoreLocation;
import io.healthscore.store.UserRepository;
import io.healthscore.telemetry.Telemetry;
import io.healthscore.users.UserFile;
import io.healthscore.users.UserStore;
import io.healthscore.users.Users;
import io.healthscore.web.Backend;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code serve}: the store, the active rules (hot-reloaded from their folder), the clustered monthly schedule
 * and the {@code /health} endpoint, started together and stopped in reverse order.
 */
public final class Service implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Service.class);

    /** Where the service's parts live; none of it is secret but the store URL's password, which is masked. */
    public record Setup(StoreLocation store, Path rules, Path triggersFile, Path automations, int threads,
            ServeSettings settings, Clock clock) {
    }

    private final Deque<AutoCloseable> parts = new ArrayDeque<>();
    private final Setup setup;
    private final AtomicBoolean storeFailing = new AtomicBoolean();
    private Database database;
    private ActiveRules rules;
    private MonthlySchedule schedule;
    private MonthlyRuns runs;
    private WebServer web;

    private Service(Setup setup) {
        this.setup = setup;
    }

    /** Starts everything, or stops what had started and throws. */
    public static Service start(Setup setup) {
        Service service = new Service(setup);
        try {
            service.startParts();
            return service;
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
    }

    private void startParts() {
        ServeSettings settings = setup.settings();
        LOG.info("serve starting: store={}, rules={}, triggers-file={}, threads={}, {}", setup.store().display(),
                setup.rules(), setup.triggersFile(), setup.threads(), settings.describe());
        RuleCompiler compiler = new RuleCompiler(setup.threads() * settings.workers() + 1);
        rules = keep(new ActiveRules(compiler.compile(setup.rules())));
        LOG.info("rules {} active from {}", rules.current().shortHash(), setup.rules());
        database = keep(Database.open(setup.store(), 4 + 4 * settings.workers()));
        keep(RulesWatcher.start(setup.rules(), compiler, rules, settings.rulesSettle()));
        Automations automations = keep(AutomationsFile.load(setup.automations(), setup.triggersFile(), System.getenv(),
                rules.current().triggerNames()));
        LOG.info("{}", automations.describe());
        Telemetry telemetry = new Telemetry(database, automations, setup.clock());
        Dispatcher dispatcher = new Dispatcher(database, automations, setup.clock(), settings.node(), telemetry);
        if (setup.store().embedded()) {
            LOG.info("freed the claims a killed process left on {} triggers", dispatcher.releaseAbandonedClaims());
        }
        runs = new MonthlyRuns(new RunPlanner(database, setup.clock(), settings.node()),
                new ShardRunner(database, dispatcher, setup.clock(), setup.threads(), settings.node()), rules,
                settings.zone(), settings.shards(), setup.clock());
        ProvisionalRuns weekly = new ProvisionalRuns(new ProvisionalScoring(database, setup.clock(), () -> dispatcher,
                setup.threads()), rules);
        schedule = keep(MonthlySchedule.create(database, new MonthlySchedule.Tuning(settings.node(),
                settings.workers(), settings.checkinInterval(), settings.pollInterval()), runs, weekly));
        schedule.ensure(settings.cron(), settings.zone(), setup.clock().instant());
        schedule.ensureProvisional(settings.provisionalCron(), settings.zone(), setup.clock().instant());
        schedule.start();
        keep(DeliveryLoop.start(dispatcher, automations.poll()));
        UserStore userStore = settings.usersFile() == null ? new UserRepository(database)
                : new UserFile(Path.of(settings.usersFile()));
        Backend backend = new Backend(database, rules::current, dispatcher, setup.clock(),
                new Users(userStore, setup.clock()), setup.threads());
        web = keep(WebServer.start(settings.web(), backend, telemetry, this::health));
        LOG.info("serve started as node {}: next monthly run {}, next provisional run {}, health on http://{}:{}/health, API on /api/v1,"
                + " console on /", settings.node(), schedule.nextFiring().map(Object::toString).orElse("none"),
                schedule.nextProvisionalFiring().map(Object::toString).orElse("none"),
                settings.healthAddress(), web.port());
    }

    private <T extends AutoCloseable> T keep(T part) {
        parts.push(part);
        return part;
    }

    public Health health() {
        return new Health(schedule.running(), storeAnswers(), setup.settings().node(), rules.current().shortHash(),
                schedule.nextFiring().orElse(null));
    }

    /**
     * Whether the store answers within 2 s. A failure is logged as a warning once per streak, and again at DEBUG
     * with its stack trace on every check, since a monitor may poll {@code /health} every few seconds.
     */
    private boolean storeAnswers() {
        try {
            if (database.inTransaction(handle -> handle.getConnection().isValid(2))) {
                if (storeFailing.compareAndSet(true, false)) {
                    LOG.info("health: the store answers again");
                }
                return true;
            }
            storeFailed("it did not answer within 2 s", null);
        } catch (RuntimeException e) {
            storeFailed(String.valueOf(e.getMessage()), e);
        }
        return false;
    }

    private void storeFailed(String why, RuntimeException e) {
        if (storeFailing.compareAndSet(false, true)) {
            LOG.warn("health: the store does not answer ({}); reported DOWN until it does", why);
        }
        LOG.debug("health: the store does not answer", e);
    }

    public int healthPort() {
        return web.port();
    }

    /** The routes the listener has, as {@code METHOD /path}. */
    public List<String> routes() {
        return web.routes();
    }

    public MonthlySchedule schedule() {
        return schedule;
    }

    public MonthlyRuns monthlyRuns() {
        return runs;
    }

    public ActiveRules rules() {
        return rules;
    }

    /** Stops taking work, lets the shards running here finish, then closes everything. */
    @Override
    public void close() {
        LOG.info("serve stopping: finishing the work in progress on this node");
        while (!parts.isEmpty()) {
            try {
                parts.pop().close();
            } catch (Exception e) {
                LOG.warn("while stopping: {}", e.getMessage());
                LOG.debug("while stopping", e);
            }
        }
        LOG.info("serve stopped");
    }
}

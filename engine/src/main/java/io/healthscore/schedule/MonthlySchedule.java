package io.healthscore.schedule;

import io.healthscore.HealthscoreException;
import io.healthscore.config.ConfigException;
import io.healthscore.store.Database;
import io.healthscore.store.Dialect;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz scheduler of {@code serve}: a JDBC job store in the store's own database (clustered on
 * PostgreSQL), one cron trigger for the monthly run, one-off jobs for its shards, and one cron trigger for the
 * weekly month-to-date (provisional) scoring.
 */
public final class MonthlySchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MonthlySchedule.class);
    static final String GROUP = "healthscore";
    static final JobKey MONTHLY_JOB = JobKey.jobKey("monthly-run", GROUP);
    static final TriggerKey MONTHLY_TRIGGER = TriggerKey.triggerKey("monthly-run", GROUP);
    static final JobKey PROVISIONAL_JOB = JobKey.jobKey("provisional-run", GROUP);
    static final TriggerKey PROVISIONAL_TRIGGER = TriggerKey.triggerKey("provisional-run", GROUP);

    private final Scheduler scheduler;

    private MonthlySchedule(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Settings of the Quartz scheduler; nothing in them is secret. */
    public record Tuning(String node, int workers, Duration checkinInterval, Duration pollInterval) {
    }

    /** Creates the scheduler in standby: nothing fires before {@link #start()}. */
    public static MonthlySchedule create(Database database, Tuning tuning, MonthlyRuns runs) {
        return create(database, tuning, runs, null);
    }

    /** As {@link #create(Database, Tuning, MonthlyRuns)}, with the weekly month-to-date scoring ({@code weekly}). */
    public static MonthlySchedule create(Database database, Tuning tuning, MonthlyRuns runs, ProvisionalRuns weekly) {
        String dataSource = "healthscore-" + tuning.node();
        DBConnectionManager.getInstance().addConnectionProvider(dataSource, new StoreConnections(database.dataSource()));
        boolean clustered = database.dialect() == Dialect.POSTGRESQL;
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", "healthscore");
        properties.setProperty("org.quartz.scheduler.instanceId", tuning.node());
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.scheduler.idleWaitTime", Long.toString(tuning.pollInterval().toMillis()));
        properties.setProperty("org.quartz.threadPool.threadCount", Integer.toString(tuning.workers()));
        properties.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        // reads job data as bytes: the standard delegate reads it as a Blob, which SQLite's driver does not offer
        properties.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        if (!clustered) {
            // SQLite has no SELECT ... FOR UPDATE; an UPDATE of the lock row takes its write lock instead
            properties.setProperty("org.quartz.jobStore.lockHandler.class",
                    "org.quartz.impl.jdbcjobstore.UpdateLockRowSemaphore");
        }
        properties.setProperty("org.quartz.jobStore.dataSource", dataSource);
        properties.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        // job data as plain strings: the schedule tables never hold serialized Java objects
        properties.setProperty("org.quartz.jobStore.useProperties", "true");
        properties.setProperty("org.quartz.jobStore.isClustered", Boolean.toString(clustered));
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval",
                Long.toString(tuning.checkinInterval().toMillis()));
        properties.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        try {
            Scheduler scheduler = new StdSchedulerFactory(properties).getScheduler();
            scheduler.setJobFactory(new Jobs(runs, weekly));
            return new MonthlySchedule(scheduler);
        } catch (SchedulerException e) {
            throw new HealthscoreException("cannot create the scheduler: " + e.getMessage(), e);
        }
    }

    /**
     * Makes the monthly trigger fire on {@code cron} in {@code zone}. An unchanged trigger is kept as it is, with
     * any firing it missed while no node was running: such firings run once each, oldest first, for the month
     * each was meant for. A changed cron or zone replaces the trigger, starting from {@code startAt}.
     */
    public void ensure(String cron, ZoneId zone, Instant startAt) {
        ensure(new Firing("monthly run", MONTHLY_TRIGGER, MONTHLY_JOB, MonthlyRunJob.class, "schedule.cron",
                "'0 0 2 1 * ?'", true), cron, zone, startAt);
    }

    /**
     * Makes the weekly month-to-date scoring fire on {@code cron} in {@code zone}, as {@link #ensure} does the
     * monthly run; the firings it missed while no node was running run once, at the next start: the month to date
     * is the same however many were missed.
     */
    public void ensureProvisional(String cron, ZoneId zone, Instant startAt) {
        ensure(new Firing("provisional run", PROVISIONAL_TRIGGER, PROVISIONAL_JOB, ProvisionalRunJob.class,
                "schedule.provisional-cron", "'0 0 6 ? * MON'", false), cron, zone, startAt);
    }

    /** One scheduled job: its name in the log, its trigger, job and config key; {@code each}: run every missed firing. */
    private record Firing(String what, TriggerKey trigger, JobKey job, Class<? extends Job> type, String key,
            String example, boolean each) {
    }

    private void ensure(Firing firing, String cron, ZoneId zone, Instant startAt) {
        try {
            Trigger existing = scheduler.getTrigger(firing.trigger());
            if (existing instanceof CronTrigger current && current.getCronExpression().equals(cron)
                    && current.getTimeZone().getID().equals(zone.getId())) {
                LOG.info("{} on '{}' in {}: next firing {}", firing.what(), cron, zone.getId(), current.getNextFireTime());
                return;
            }
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            if (expression.getNextValidTimeAfter(Date.from(startAt)) == null) {
                throw new ConfigException(firing.key() + " '" + cron + "' never fires after " + startAt
                        + "; accepted: an expression with firings to come, e.g. " + firing.example());
            }
            CronScheduleBuilder schedule = CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone));
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity(firing.trigger()).forJob(firing.job())
                    .startAt(Date.from(startAt))
                    .withSchedule(firing.each() ? schedule.withMisfireHandlingInstructionIgnoreMisfires()
                            : schedule.withMisfireHandlingInstructionFireAndProceed())
                    .build();
            if (existing != null) {
                scheduler.rescheduleJob(firing.trigger(), trigger);
                LOG.info("{} rescheduled from {} to '{}' in {}", firing.what(), describe(existing), cron, zone.getId());
            } else {
                JobDetail job = JobBuilder.newJob(firing.type()).withIdentity(firing.job()).storeDurably()
                        .requestRecovery().build();
                scheduler.scheduleJob(job, Set.of(trigger), false);
                LOG.info("{} scheduled on '{}' in {}", firing.what(), cron, zone.getId());
            }
        } catch (ObjectAlreadyExistsException e) {
            LOG.info("{} was scheduled by another node a moment ago", firing.what());
        } catch (SchedulerException | ParseException e) {
            throw new HealthscoreException("cannot schedule the " + firing.what() + ": " + e.getMessage(), e);
        }
    }

    private static String describe(Trigger trigger) {
        return trigger instanceof CronTrigger cron ? "'" + cron.getCronExpression() + "' in " + cron.getTimeZone().getID()
                : trigger.getKey().toString();
    }

    public Optional<Instant> nextFiring() {
        return nextFiring(MONTHLY_TRIGGER);
    }

    /** The next weekly month-to-date scoring; empty when it is not scheduled. */
    public Optional<Instant> nextProvisionalFiring() {
        return nextFiring(PROVISIONAL_TRIGGER);
    }

    private Optional<Instant> nextFiring(TriggerKey key) {
        try {
            Trigger trigger = scheduler.getTrigger(key);
            return trigger == null || trigger.getNextFireTime() == null ? Optional.empty()
                    : Optional.of(trigger.getNextFireTime().toInstant());
        } catch (SchedulerException e) {
            throw new HealthscoreException("cannot read the schedule: " + e.getMessage(), e);
        }
    }

    public void start() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new HealthscoreException("cannot start the scheduler: " + e.getMessage(), e);
        }
    }

    /** True while the scheduler is started and not shutting down. */
    public boolean running() {
        try {
            return scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown();
        } catch (SchedulerException e) {
            return false;
        }
    }

    /** Fires the monthly job now, as if its trigger fired: for tests and operators. */
    public void fireNow() {
        try {
            scheduler.triggerJob(MONTHLY_JOB);
        } catch (SchedulerException e) {
            throw new HealthscoreException("cannot fire the monthly run: " + e.getMessage(), e);
        }
    }

    /** Stops taking work, waits for the jobs running on this node to finish, and leaves the cluster. */
    @Override
    public void close() {
        try {
            scheduler.standby();
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            throw new HealthscoreException("cannot stop the scheduler: " + e.getMessage(), e);
        }
    }
}

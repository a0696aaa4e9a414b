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
 * PostgreSQL), one cron trigger for the monthly run, and one-off jobs for its shards.
 */
public final class MonthlySchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MonthlySchedule.class);
    static final String GROUP = "healthscore";
    static final JobKey MONTHLY_JOB = JobKey.jobKey("monthly-run", GROUP);
    static final TriggerKey MONTHLY_TRIGGER = TriggerKey.triggerKey("monthly-run", GROUP);

    private final Scheduler scheduler;

    private MonthlySchedule(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /** Settings of the Quartz scheduler; nothing in them is secret. */
    public record Tuning(String node, int workers, Duration checkinInterval, Duration pollInterval) {
    }

    /** Creates the scheduler in standby: nothing fires before {@link #start()}. */
    public static MonthlySchedule create(Database database, Tuning tuning, MonthlyRuns runs) {
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
            scheduler.setJobFactory(new Jobs(runs));
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
        try {
            Trigger existing = scheduler.getTrigger(MONTHLY_TRIGGER);
            if (existing instanceof CronTrigger current && current.getCronExpression().equals(cron)
                    && current.getTimeZone().getID().equals(zone.getId())) {
                LOG.info("monthly run on '{}' in {}: next firing {}", cron, zone.getId(), current.getNextFireTime());
                return;
            }
            CronExpression expression = new CronExpression(cron);
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            if (expression.getNextValidTimeAfter(Date.from(startAt)) == null) {
                throw new ConfigException("schedule.cron '" + cron + "' never fires after " + startAt
                        + "; accepted: an expression with firings to come, e.g. '0 0 2 1 * ?'");
            }
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity(MONTHLY_TRIGGER).forJob(MONTHLY_JOB)
                    .startAt(Date.from(startAt))
                    .withSchedule(CronScheduleBuilder.cronSchedule(cron).inTimeZone(TimeZone.getTimeZone(zone))
                            .withMisfireHandlingInstructionIgnoreMisfires())
                    .build();
            if (existing != null) {
                scheduler.rescheduleJob(MONTHLY_TRIGGER, trigger);
                LOG.info("monthly run rescheduled from {} to '{}' in {}", describe(existing), cron, zone.getId());
            } else {
                JobDetail job = JobBuilder.newJob(MonthlyRunJob.class).withIdentity(MONTHLY_JOB).storeDurably()
                        .requestRecovery().build();
                scheduler.scheduleJob(job, Set.of(trigger), false);
                LOG.info("monthly run scheduled on '{}' in {}", cron, zone.getId());
            }
        } catch (ObjectAlreadyExistsException e) {
            LOG.info("monthly run was scheduled by another node a moment ago");
        } catch (SchedulerException | ParseException e) {
            throw new HealthscoreException("cannot schedule the monthly run: " + e.getMessage(), e);
        }
    }

    private static String describe(Trigger trigger) {
        return trigger instanceof CronTrigger cron ? "'" + cron.getCronExpression() + "' in " + cron.getTimeZone().getID()
                : trigger.getKey().toString();
    }

    public Optional<Instant> nextFiring() {
        try {
            Trigger trigger = scheduler.getTrigger(MONTHLY_TRIGGER);
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

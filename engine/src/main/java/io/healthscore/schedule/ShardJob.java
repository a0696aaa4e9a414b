package io.healthscore.schedule;

import io.healthscore.HealthscoreException;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * One shard of a month run, as a one-off Quartz job any node of the cluster may pick up. It asks for recovery:
 * when the node working on it dies, another node (or this one after a restart) works the shard again.
 */
final class ShardJob implements Job {
    static final String GROUP = "healthscore-shards";
    private static final String RUN = "run";
    private static final String SHARD = "shard";

    private final MonthlyRuns runs;

    ShardJob(MonthlyRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobDataMap data = context.getMergedJobDataMap();
        try {
            runs.work(data.getString(RUN), Integer.parseInt(data.getString(SHARD)));
        } catch (HealthscoreException e) {
            throw new JobExecutionException("shard " + data.getString(SHARD) + " of run " + data.getString(RUN)
                    + " failed: " + e.getMessage(), e);
        }
    }

    /** Schedules a job for each shard the run still needs, unless one is scheduled already. */
    static void handOut(Scheduler scheduler, MonthlyRuns.Planned planned) throws SchedulerException {
        for (int shard : planned.shards()) {
            JobKey key = JobKey.jobKey(planned.runId() + "-" + shard, GROUP);
            if (scheduler.checkExists(key)) {
                continue;
            }
            JobDetail job = JobBuilder.newJob(ShardJob.class).withIdentity(key)
                    .usingJobData(RUN, planned.runId()).usingJobData(SHARD, Integer.toString(shard))
                    .requestRecovery().build();
            Trigger now = TriggerBuilder.newTrigger().withIdentity(key.getName(), GROUP).forJob(job).startNow()
                    .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                    .build();
            try {
                scheduler.scheduleJob(job, now);
            } catch (ObjectAlreadyExistsException e) {
                // another firing of the same month handed this shard out a moment ago
            }
        }
    }
}

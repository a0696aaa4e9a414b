package io.healthscore.schedule;

import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * The monthly firing: plans the month that just ended and hands its shards to the cluster. A firing recovered
 * after a crash, or fired late after downtime, still scores the month it was scheduled for.
 */
@DisallowConcurrentExecution
final class MonthlyRunJob implements Job {
    private final MonthlyRuns runs;

    MonthlyRunJob(MonthlyRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            MonthlyRuns.Planned planned = runs.plan(scheduledFor(context));
            ShardJob.handOut(context.getScheduler(), planned);
        } catch (RuntimeException | SchedulerException e) {
            throw new JobExecutionException("monthly run failed: " + e.getMessage(), e);
        }
    }

    /** Recovery re-fires a job with a trigger of its own; the original firing time travels in its data. */
    static Instant scheduledFor(JobExecutionContext context) {
        if (context.isRecovering()) {
            String original = context.getMergedJobDataMap()
                    .getString(Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_FIRETIME_IN_MILLISECONDS);
            if (original != null) {
                return Instant.ofEpochMilli(Long.parseLong(original));
            }
        }
        return context.getScheduledFireTime().toInstant();
    }
}

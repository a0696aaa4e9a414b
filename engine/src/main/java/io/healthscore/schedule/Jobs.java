package io.healthscore.schedule;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Builds the healthscore jobs with the service they call; Quartz only knows their class names. */
final class Jobs implements JobFactory {
    private final MonthlyRuns runs;
    private final ProvisionalRuns weekly;

    /** {@code weekly}: null on a scheduler without the month-to-date scoring (whose firings then fail, named). */
    Jobs(MonthlyRuns runs, ProvisionalRuns weekly) {
        this.runs = runs;
        this.weekly = weekly;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        if (type == MonthlyRunJob.class) {
            return new MonthlyRunJob(runs);
        }
        if (type == ProvisionalRunJob.class && weekly != null) {
            return new ProvisionalRunJob(weekly);
        }
        if (type == ShardJob.class) {
            return new ShardJob(runs);
        }
        throw new SchedulerException("unknown job class " + type.getName() + " in the schedule; healthscore runs"
                + " only its own jobs");
    }
}

package io.healthscore.schedule;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Builds the two healthscore jobs with the service they call; Quartz only knows their class names. */
final class Jobs implements JobFactory {
    private final MonthlyRuns runs;

    Jobs(MonthlyRuns runs) {
        this.runs = runs;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> type = bundle.getJobDetail().getJobClass();
        if (type == MonthlyRunJob.class) {
            return new MonthlyRunJob(runs);
        }
        if (type == ShardJob.class) {
            return new ShardJob(runs);
        }
        throw new SchedulerException("unknown job class " + type.getName() + " in the schedule; healthscore runs"
                + " only its own jobs");
    }
}

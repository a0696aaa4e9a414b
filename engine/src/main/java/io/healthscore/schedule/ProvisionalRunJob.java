package io.healthscore.schedule;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** The weekly firing: scores the current month to date, on whichever node fired it. */
@DisallowConcurrentExecution
final class ProvisionalRunJob implements Job {
    private final ProvisionalRuns runs;

    ProvisionalRunJob(ProvisionalRuns runs) {
        this.runs = runs;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            runs.run(context.getScheduledFireTime().toInstant());
        } catch (RuntimeException e) {
            throw new JobExecutionException("provisional run failed: " + e.getMessage(), e);
        }
    }
}

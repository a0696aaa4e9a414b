package io.healthscore.run;

import io.healthscore.company.CompanyRange;
import java.time.YearMonth;

/** One shard of a month run, claimed by a node: the companies it covers and the rules the run started on. */
public record ShardWork(String runId, YearMonth month, int shard, CompanyRange range, String rulesHash, int attempt) {
}

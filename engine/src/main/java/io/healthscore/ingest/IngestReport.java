package io.healthscore.ingest;

import java.util.List;

/** What an ingest stored and what it rejected, record by record. */
public record IngestReport(long metricsStored, long companiesStored, List<Rejection> rejections) {
    public IngestReport {
        rejections = List.copyOf(rejections);
    }

    public boolean rejectedAny() {
        return !rejections.isEmpty();
    }
}

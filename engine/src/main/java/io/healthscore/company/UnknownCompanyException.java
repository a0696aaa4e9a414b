package io.healthscore.company;

import io.healthscore.HealthscoreException;

/** The company id has never been seen in metrics nor named in a companies file. */
public class UnknownCompanyException extends HealthscoreException {
    public UnknownCompanyException(CompanyId id) {
        super("unknown company '" + id + "': it is in no ingested metrics or companies file;"
                + " ingest its weekly metrics first (healthscore ingest FILE)");
    }
}

package io.healthscore.store;

import io.healthscore.HealthscoreException;

/** The store cannot be opened or used; the message says which store and what to do. */
public class StoreException extends HealthscoreException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package io.healthscore;

/** Root of every failure healthscore reports to its user; the message says what to fix. */
public class HealthscoreException extends RuntimeException {
    public HealthscoreException(String message) {
        super(message);
    }

    public HealthscoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

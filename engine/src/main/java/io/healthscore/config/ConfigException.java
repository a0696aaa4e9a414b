package io.healthscore.config;

import io.healthscore.HealthscoreException;

/** A configuration value is missing its mark; the message names the key, where it came from and what is accepted. */
public class ConfigException extends HealthscoreException {
    public ConfigException(String message) {
        super(message);
    }
}

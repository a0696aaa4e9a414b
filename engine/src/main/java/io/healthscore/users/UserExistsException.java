package io.healthscore.users;

import io.healthscore.HealthscoreException;

/** {@code users add} of a name that is taken. */
public final class UserExistsException extends HealthscoreException {
    public UserExistsException(String name) {
        super("a user named " + name + " exists; remove it first ('healthscore users remove " + name
                + "') to give it a new token");
    }
}

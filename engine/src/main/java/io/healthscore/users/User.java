package io.healthscore.users;

import java.time.Instant;

/** Someone, or some system, that may call the API: the name is the author of every change they make. */
public record User(String name, Role role, Instant createdAt) {

    /** 1-64 characters of A-Z a-z 0-9 . _ @ -, so that a name reads the same in a log, a header and a file. */
    public static String checkName(String name) {
        if (name == null || !name.matches("[A-Za-z0-9._@-]{1,64}")) {
            throw new IllegalArgumentException("user name '" + name + "' is not accepted; accepted: 1-64 characters of"
                    + " A-Z a-z 0-9 . _ @ -");
        }
        return name;
    }
}

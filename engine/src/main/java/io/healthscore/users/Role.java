package io.healthscore.users;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a user may do, each role including the ones before it: viewers read, CSMs set status, admins feed data. */
public enum Role {
    VIEWER, CSM, ADMIN;

    public static final String ACCEPTED = Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", "));

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this role may do what {@code needed} may. */
    public boolean covers(Role needed) {
        return compareTo(needed) >= 0;
    }

    public static Role parse(String text) {
        for (Role role : values()) {
            if (role.code().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return role;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a role; accepted: " + ACCEPTED);
    }
}

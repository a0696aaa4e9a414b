package io.healthscore.trigger;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a trigger stands in the outbox. */
public enum DeliveryStatus {
    /** Stored, not delivered yet: new, or waiting for its next attempt. */
    PENDING,
    /** Its channel took it. */
    SENT,
    /** Dead-lettered: its last attempt failed, or it failed in a way retrying cannot fix. */
    DEAD,
    /** Its automation is switched off in the automations file; stored, never delivered. */
    OFF;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeliveryStatus parse(String code) {
        for (DeliveryStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status '" + code + "'; accepted: " + accepted());
    }

    public static String accepted() {
        return Arrays.stream(values()).map(DeliveryStatus::code).collect(Collectors.joining(", "));
    }
}

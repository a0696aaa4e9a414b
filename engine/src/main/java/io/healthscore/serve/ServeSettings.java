package io.healthscore.serve;

import io.healthscore.config.Settings;
import io.healthscore.web.WebSettings;
import java.text.ParseException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import org.quartz.CronExpression;

/**
 * What {@code serve} runs with. Keys as in a configuration file; each one can also come from the environment
 * ({@code schedule.cron} as {@code HEALTHSCORE_SCHEDULE_CRON}).
 */
public record ServeSettings(String cron, ZoneId zone, int shards, int workers, String node, String healthAddress,
        int healthPort, Duration checkinInterval, Duration pollInterval, Duration rulesSettle, String usersFile,
        long maxBody, Duration sessionTimeout, boolean secureCookies, String provisionalCron) {

    public static final String DEFAULT_CRON = "0 0 2 1 * ?";
    /** Mondays at 06:00: the week that ended on Sunday is complete. */
    public static final String DEFAULT_PROVISIONAL_CRON = "0 0 6 ? * MON";
    public static final Set<String> KEYS = Set.of("schedule.cron", "schedule.zone", "schedule.shards", "serve.workers",
            "serve.node", "serve.health-address", "serve.health-port", "cluster.checkin-interval",
            "serve.poll-interval", "rules.settle", "serve.users-file", "serve.max-body-mb", "serve.session-timeout",
            "serve.secure-cookies", "schedule.provisional-cron");

    /** With the weekly month-to-date scoring on its default schedule. */
    public ServeSettings(String cron, ZoneId zone, int shards, int workers, String node, String healthAddress,
            int healthPort, Duration checkinInterval, Duration pollInterval, Duration rulesSettle, String usersFile,
            long maxBody, Duration sessionTimeout, boolean secureCookies) {
        this(cron, zone, shards, workers, node, healthAddress, healthPort, checkinInterval, pollInterval, rulesSettle,
                usersFile, maxBody, sessionTimeout, secureCookies, DEFAULT_PROVISIONAL_CRON);
    }

    public static ServeSettings from(Settings settings, ZoneId systemZone, String localNode) {
        return new ServeSettings(
                settings.checked("schedule.cron", DEFAULT_CRON,
                        "a Quartz cron expression: seconds minutes hours day-of-month month day-of-week [year],"
                                + " e.g. '0 0 2 1 * ?' (02:00 on the 1st)",
                        ServeSettings::checkCron),
                settings.zone("schedule.zone", systemZone),
                settings.integer("schedule.shards", 8, 1, 1024),
                settings.integer("serve.workers", 1, 1, 64),
                settings.checked("serve.node", localNode, "1-200 characters of A-Z a-z 0-9 . _ -",
                        ServeSettings::checkNode),
                settings.text("serve.health-address", "127.0.0.1"),
                settings.integer("serve.health-port", 8571, 0, 65535),
                settings.duration("cluster.checkin-interval", Duration.ofSeconds(7), Duration.ofMillis(500)),
                // Quartz refuses to poll for due work more often than once a second
                settings.duration("serve.poll-interval", Duration.ofSeconds(5), Duration.ofSeconds(1)),
                settings.duration("rules.settle", Duration.ofSeconds(1), Duration.ofMillis(50)),
                blankIsNull(settings.text("serve.users-file", "")),
                settings.integer("serve.max-body-mb", 64, 1, 4096) * 1024L * 1024L,
                settings.duration("serve.session-timeout", Duration.ofHours(8), Duration.ofMinutes(1)),
                Boolean.parseBoolean(settings.checked("serve.secure-cookies", "false", "true or false",
                        ServeSettings::checkBoolean)),
                settings.checked("schedule.provisional-cron", DEFAULT_PROVISIONAL_CRON,
                        "a Quartz cron expression: seconds minutes hours day-of-month month day-of-week [year],"
                                + " e.g. '0 0 6 ? * MON' (06:00 on Mondays)",
                        ServeSettings::checkCron));
    }

    private static void checkCron(String text) {
        try {
            CronExpression.validateExpression(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static void checkBoolean(String text) {
        if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException("not true or false");
        }
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The listener's settings: the address and port of /health serve everything. */
    public WebSettings web() {
        return new WebSettings(healthAddress, healthPort, maxBody, sessionTimeout, secureCookies);
    }

    private static void checkNode(String text) {
        if (!text.matches("[A-Za-z0-9._-]{1,200}")) {
            throw new IllegalArgumentException("not a node name");
        }
    }

    /** One line for the log; nothing here is secret. */
    public String describe() {
        return "schedule.cron='" + cron + "', schedule.zone=" + zone + ", schedule.shards=" + shards
                + ", schedule.provisional-cron='" + provisionalCron + "', serve.workers=" + workers
                + ", serve.node=" + node + ", serve.health=" + healthAddress + ":" + healthPort
                + ", cluster.checkin-interval=" + checkinInterval.toMillis() + "ms, serve.poll-interval="
                + pollInterval.toMillis() + "ms, rules.settle=" + rulesSettle.toMillis() + "ms, serve.users-file="
                + (usersFile == null ? "(the store)" : usersFile) + ", serve.max-body-mb=" + maxBody / (1024 * 1024)
                + ", serve.session-timeout=" + sessionTimeout.toMinutes() + "min, serve.secure-cookies=" + secureCookies;
    }
}

package io.healthscore.web;

import io.healthscore.users.User;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's sessions, in this node's memory: a session ends after {@code timeout} without a request, on sign-out,
 * and when the service stops (one signs in again). Ids and CSRF tokens are 256 random bits.
 */
public final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration timeout;

    public Sessions(Clock clock, Duration timeout) {
        this.clock = clock;
        this.timeout = timeout;
    }

    public Session open(User user, String tokenId) {
        dropExpired();
        Session session = new Session(random(), user, tokenId, random(), clock.instant().plus(timeout));
        sessions.put(session.id(), session);
        return session;
    }

    /** The live session of this id, its idle time restarted; empty when unknown or expired. */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (!session.expires().isAfter(now)) {
            sessions.remove(id);
            return Optional.empty();
        }
        Session renewed = session.renewed(now.plus(timeout));
        sessions.put(id, renewed);
        return Optional.of(renewed);
    }

    public void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    public Duration timeout() {
        return timeout;
    }

    /** Whether the form's CSRF token is the session's: compared in constant time. */
    public static boolean csrfMatches(Session session, String presented) {
        return presented != null && MessageDigest.isEqual(session.csrf().getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }

    private void dropExpired() {
        Instant now = clock.instant();
        sessions.values().removeIf(session -> !session.expires().isAfter(now));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

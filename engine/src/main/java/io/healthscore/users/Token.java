package io.healthscore.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bearer token, {@code hs_ID_SECRET}: the id (12 hex digits) finds its user, the secret (256 random bits) proves
 * it. Only a salted SHA-256 hash of the secret is stored; a fast hash is enough for a random 256-bit secret, which
 * no dictionary holds, and keeps each request's check cheap.
 */
public record Token(String id, String secret) {
    private static final Pattern FORM = Pattern.compile("hs_([0-9a-f]{12})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HexFormat HEX = HexFormat.of();

    public static Token generate() {
        byte[] id = new byte[6];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        return new Token(HEX.formatHex(id), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** The token in a header or a sign-in form, or empty when it does not have the form of one. */
    public static Optional<Token> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(text.trim());
        return matcher.matches() ? Optional.of(new Token(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    public static String newSalt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HEX.formatHex(salt);
    }

    /** The hash stored for this token's secret with {@code salt}. */
    public String hash(String salt) {
        return HEX.formatHex(digest(salt));
    }

    /** Whether this token's secret hashes to {@code storedHash}: compared in constant time. */
    public boolean matches(String salt, String storedHash) {
        byte[] expected;
        try {
            expected = HEX.parseHex(storedHash);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(digest(salt), expected);
    }

    private byte[] digest(String salt) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(HEX.parseHex(salt));
            return sha.digest(secret.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** The whole token, as printed once when it is made. Never logged. */
    public String text() {
        return "hs_" + id + "_" + secret;
    }

    @Override
    public String toString() {
        return "hs_" + id + "_***";
    }
}

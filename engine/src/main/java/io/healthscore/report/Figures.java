package io.healthscore.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the text and HTML renderings write numbers, times and hashes, so both read the same. */
final class Figures {
    static final String MISSING = "-";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final int SHORT_HASH = 12;

    private Figures() {
    }

    /** 70.50 is "70.5", 52 is "52"; null is "-". */
    static String decimal(BigDecimal value) {
        if (value == null) {
            return MISSING;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** "57.5%"; a whole target is written "70.0%". */
    static String percent(BigDecimal value) {
        return Percent.text(value) + "%";
    }

    static String number(Integer value) {
        return value == null ? MISSING : value.toString();
    }

    /** "+11", "-9", "0". */
    static String signed(int value) {
        return value > 0 ? "+" + value : Integer.toString(value);
    }

    /** "58 (+11)"; just "58" without a previous score; "-" without a score. */
    static String scoreWithChange(Integer score, Integer change) {
        if (score == null) {
            return MISSING;
        }
        return change == null ? score.toString() : score + " (" + signed(change) + ")";
    }

    /** "2026-10-14 09:30" in UTC. */
    static String minute(Instant at) {
        return MINUTE.format(at);
    }

    /** The first 12 characters of a rule-set hash, as git shows commits. */
    static String shortHash(String hash) {
        return hash.length() <= SHORT_HASH ? hash : hash.substring(0, SHORT_HASH);
    }

    static String orMissing(String text) {
        return text == null || text.isBlank() ? MISSING : text;
    }

    /** A note on one line: line breaks become spaces. */
    static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** "by 12.5 points: 5 more companies needed", for a target that is not met. */
    static String shortfall(HealthTarget target) {
        return "by " + Percent.text(target.gap().negate()) + " points: " + target.companiesShort() + " more "
                + (target.companiesShort() == 1 ? "company" : "companies") + " needed";
    }

    static String companies(int count) {
        return count == 1 ? "1 company" : count + " companies";
    }
}

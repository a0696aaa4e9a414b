package io.healthscore.report;

import io.healthscore.assessment.ProvisionalWeeks;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

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

    /** "provisional (2 of 5 weeks)" for a month-to-date score; "" for the month's assessment (null). */
    static String provisional(ProvisionalWeeks weeks) {
        return weeks == null ? "" : "provisional (" + weeksOf(weeks) + ")";
    }

    /** "2 of 5 weeks". */
    static String weeksOf(ProvisionalWeeks weeks) {
        return weeks.weeks() + " of " + weeks.weeksInMonth() + (weeks.weeksInMonth() == 1 ? " week" : " weeks");
    }

    /**
     * What the report says near its top when the month shows month-to-date scores: "Provisional: 38 of 40 companies
     * are scored to date on 2 of 5 weeks; the month is not run yet"; with several week counts "…, 30 on 2 of 5 weeks
     * and 8 on 1 of 5 weeks"; when some have the month's assessment "…; 2 have the month's assessment".
     */
    static String provisional(ProvisionalShare share, int companies) {
        List<String> groups = share.byWeeks().stream()
                .map(used -> (share.byWeeks().size() == 1 ? "" : used.companies() + " ") + "on " + weeksOf(used.weeks()))
                .toList();
        String weeks = groups.size() == 1 ? " " + groups.get(0)
                : ", " + String.join(", ", groups.subList(0, groups.size() - 1)) + " and " + groups.get(groups.size() - 1);
        String run = share.assessed() == 0 ? "the month is not run yet"
                : share.assessed() + (share.assessed() == 1 ? " has" : " have") + " the month's assessment";
        return "Provisional: " + share.companies() + " of " + companies(companies)
                + (share.companies() == 1 ? " is" : " are") + " scored to date" + weeks + "; " + run;
    }
}

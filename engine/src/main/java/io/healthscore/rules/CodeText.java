package io.healthscore.rules;

/**
 * The text of a rule file as code: comments and the contents of string literals blanked out (kept the same
 * length, line breaks kept), so that scans for names and numbers see only code, at the right positions.
 */
final class CodeText {
    private CodeText() {
    }

    /** Blanks comments and the insides of string literals. */
    static String code(String text) {
        return blank(text, true);
    }

    /** Blanks comments only; string literals stay, so the result still reads as the rule was written. */
    static String withoutComments(String text) {
        return blank(text, false);
    }

    /** 1-based line of a character offset. */
    static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** 1-based column of a character offset. */
    static int column(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return offset - lineStart + 1;
    }

    /** Offset of the first character of a 1-based line (the text's length when there is no such line). */
    static int lineStart(String text, int line) {
        int offset = 0;
        for (int current = 1; current < line; current++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                return text.length();
            }
            offset = next + 1;
        }
        return offset;
    }

    private static String blank(String text, boolean strings) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '/' && next == '/') {
                i = blankUntil(out, text, i, text.indexOf('\n', i));
            } else if (c == '/' && next == '*') {
                int end = text.indexOf("*/", i + 2);
                i = blankUntil(out, text, i, end < 0 ? -1 : end + 2);
            } else if (c == '"' || c == '\'') {
                int end = closingQuote(text, i);
                if (strings) {
                    blankUntil(out, text, i + 1, end < 0 ? -1 : end);
                }
                i = end < 0 ? text.length() : end + 1;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static int closingQuote(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Blanks [from, to) (to the end when {@code to} is negative), keeping line breaks; returns where to go on. */
    private static int blankUntil(StringBuilder out, String text, int from, int to) {
        int end = to < 0 ? text.length() : to;
        for (int i = from; i < end; i++) {
            if (text.charAt(i) != '\n') {
                out.setCharAt(i, ' ');
            }
        }
        return end;
    }
}

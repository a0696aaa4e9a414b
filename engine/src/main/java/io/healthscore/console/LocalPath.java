package io.healthscore.console;

/** Where a sign-in may send the browser on: a path on this server only, so a link cannot send it elsewhere. */
final class LocalPath {
    private LocalPath() {
    }

    /** {@code next} when it is a local path ("/companies?band=AT_RISK"), else "/". */
    static String orHome(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) {
            return "/";
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return "/";
            }
        }
        return next;
    }
}

package io.healthscore.console;

import io.javalin.http.Context;
import java.time.Duration;

/**
 * The console's cookies, written as Set-Cookie headers: HttpOnly, SameSite=Strict, Secure when the console is
 * behind TLS (serve's secure-cookies setting).
 */
final class Cookies {
    private final boolean secure;

    Cookies(boolean secure) {
        this.secure = secure;
    }

    void set(Context ctx, String name, String value, String path, Duration maxAge) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAge.toSeconds()
                + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
    }

    void clear(Context ctx, String name, String path) {
        set(ctx, name, "", path, Duration.ZERO);
    }
}

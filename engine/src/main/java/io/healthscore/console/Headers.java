package io.healthscore.console;

import io.javalin.http.Context;

/**
 * The headers of every console answer: pages are not cached (they show customer data to a signed-in user), not
 * framed and may load nothing but the console's own style sheet; the console has no script.
 */
final class Headers {
    static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    private Headers() {
    }

    static void page(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
    }
}

package io.healthscore.web;

import io.healthscore.users.Role;
import io.healthscore.users.User;
import io.healthscore.users.Users;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The access check before every matched route. API routes ({@code /api/...}) take {@code Authorization: Bearer
 * TOKEN}: none or a bad one answers 401, a role too low 403. Console pages take the session cookie: without a live
 * session a page sends the browser to sign in; every form post must carry the session's CSRF token.
 */
public final class Authentication implements Handler {
    public static final String COOKIE = "hs_session";
    public static final String CSRF_FIELD = "csrf";

    private final Users users;
    private final Sessions sessions;

    public Authentication(Users users, Sessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    @Override
    public void handle(Context ctx) {
        Role needed = Access.needed(ctx.routeRoles());
        if (needed == null) {
            return;
        }
        if (isApi(ctx)) {
            api(ctx, needed);
        } else {
            console(ctx, needed);
        }
    }

    public static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/");
    }

    private void api(Context ctx, Role needed) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"healthscore\"");
            throw new ProblemException(401, "Unauthorized", "this route needs 'Authorization: Bearer TOKEN'; a token"
                    + " comes from 'healthscore users add NAME --role ROLE'");
        }
        Optional<User> user = users.authenticate(header.substring(7));
        if (user.isEmpty()) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"healthscore\", error=\"invalid_token\"");
            throw new ProblemException(401, "Unauthorized", "the bearer token is not valid (unknown, removed or"
                    + " mistyped); 'healthscore users list' shows the users");
        }
        allow(ctx, user.get(), needed);
    }

    private void console(Context ctx, Role needed) {
        Optional<Session> session = sessions.find(ctx.cookie(COOKIE))
                .filter(live -> users.byTokenId(live.tokenId()).isPresent());
        if (session.isEmpty()) {
            String next = ctx.method().name().equals("GET") ? ctx.path()
                    + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "/";
            ctx.redirect("/sign-in?expired=" + (ctx.cookie(COOKIE) != null) + "&next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (!ctx.method().name().equals("GET") && !Sessions.csrfMatches(session.get(), ctx.formParam(CSRF_FIELD))) {
            throw new ProblemException(403, "Forbidden", "the form's CSRF token is missing or stale; reload the page"
                    + " and submit it again");
        }
        ctx.attribute(Caller.SESSION, session.get());
        allow(ctx, session.get().user(), needed);
    }

    private static void allow(Context ctx, User user, Role needed) {
        if (!user.role().covers(needed)) {
            throw new ProblemException(403, "Forbidden", "user " + user.name() + " has role " + user.role().code()
                    + "; this needs " + needed.code() + " or higher");
        }
        ctx.attribute(Caller.ATTRIBUTE, user);
    }
}

package io.healthscore.web;

import io.healthscore.users.User;
import io.javalin.http.Context;

/** The signed-in user of a request, as the access check left it. */
public final class Caller {
    static final String ATTRIBUTE = "healthscore.user";
    static final String SESSION = "healthscore.session";

    private Caller() {
    }

    public static User of(Context ctx) {
        User user = ctx.attribute(ATTRIBUTE);
        if (user == null) {
            throw new IllegalStateException("no signed-in user on " + ctx.path() + ": the route is open to anyone");
        }
        return user;
    }

    /** The console session of the request; null on an API call. */
    public static Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }
}

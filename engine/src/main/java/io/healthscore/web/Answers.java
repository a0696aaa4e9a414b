package io.healthscore.web;

import io.healthscore.json.Json;
import io.javalin.http.Context;

/** How the API answers: JSON bodies through the one mapper, errors as problem+json. */
public final class Answers {
    private Answers() {
    }

    public static void json(Context ctx, int status, Object value) {
        ctx.status(status).contentType("application/json").result(Json.line(value));
    }

    public static void json(Context ctx, Object value) {
        json(ctx, 200, value);
    }

    public static void problem(Context ctx, ProblemException problem) {
        ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(Json.line(problem.problem(ctx.path())));
    }
}

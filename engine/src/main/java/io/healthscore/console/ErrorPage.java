package io.healthscore.console;

import io.healthscore.web.Caller;
import io.healthscore.web.ProblemException;
import io.javalin.http.Context;

/** A failed console request as a page: what went wrong, what to do, and a link back. */
final class ErrorPage {
    private ErrorPage() {
    }

    static void render(Context ctx, ProblemException problem) {
        boolean signedIn = Caller.session(ctx) != null;
        String detail = switch (problem.status()) {
            case 404 -> problem.getMessage().startsWith("no such route")
                    ? "There is no page at " + ctx.path() + "; the links below lead back." : problem.getMessage();
            case 405 -> "The page " + ctx.path() + " does not take a " + ctx.method().name() + " request; open it"
                    + " from a link instead.";
            default -> problem.getMessage();
        };
        String title = switch (problem.status()) {
            case 403 -> "Not allowed";
            case 404 -> "Not found";
            case 500 -> "Something went wrong";
            default -> problem.title();
        };
        Layout.answer(ctx, problem.status(), title, null, Templates.render("error",
                new Failure(problem.status(), title, detail, signedIn, ctx.path().startsWith("/companies/"))));
    }

    private record Failure(int status, String title, String detail, boolean signedIn, boolean fromCompany) {
    }
}

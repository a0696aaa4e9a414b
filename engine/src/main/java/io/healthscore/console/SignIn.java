package io.healthscore.console;

import io.healthscore.users.Token;
import io.healthscore.users.User;
import io.healthscore.users.Users;
import io.healthscore.web.Authentication;
import io.healthscore.web.Caller;
import io.healthscore.web.Session;
import io.healthscore.web.Sessions;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing in with an API token and out again. The sign-in form is guarded by a double-submit cookie: the form
 * carries a random value that must equal the one in the HttpOnly, SameSite=Strict cookie {@code hs_signin} the
 * form's page set, which another site can neither read nor send, so no other site can sign a browser in.
 */
final class SignIn {
    static final String FORM_COOKIE = "hs_signin";
    private static final String FORM_PATH = "/sign-in";
    private static final Duration FORM_LIFE = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);

    private final Users users;
    private final Sessions sessions;
    private final Cookies cookies;

    SignIn(Users users, Sessions sessions, Cookies cookies) {
        this.users = users;
        this.sessions = sessions;
        this.cookies = cookies;
    }

    void form(Context ctx) {
        String notice = null;
        if ("true".equals(ctx.queryParam("expired"))) {
            notice = "Your session has ended (after a time without use, or when the service restarted): sign in again.";
        } else if (ctx.queryParam("out") != null) {
            notice = "You are signed out.";
        }
        show(ctx, 200, LocalPath.orHome(ctx.queryParam("next")), notice, null, null);
    }

    void submit(Context ctx) {
        String next = LocalPath.orHome(ctx.formParam("next"));
        if (!formTokenMatches(ctx)) {
            show(ctx, 403, next, null, "This sign-in form had expired or came from elsewhere; it is renewed now,"
                    + " sign in again.", null);
            return;
        }
        String presented = Optional.ofNullable(ctx.formParam("token")).map(String::trim).orElse("");
        if (presented.isEmpty()) {
            show(ctx, 401, next, null, null, "Enter your API token; an admin makes one with 'healthscore users add"
                    + " NAME --role ROLE'.");
            return;
        }
        Optional<User> user = users.authenticate(presented);
        Optional<Token> token = Token.parse(presented);
        if (user.isEmpty() || token.isEmpty()) {
            LOG.info("console sign-in refused from {}: the token is not valid", ctx.ip());
            show(ctx, 401, next, null, null, "This token is not valid: it is unknown, was removed or is mistyped."
                    + " Paste it as 'healthscore users add' printed it.");
            return;
        }
        sessions.close(ctx.cookie(Authentication.COOKIE));
        Session session = sessions.open(user.get(), token.get().id());
        cookies.set(ctx, Authentication.COOKIE, session.id(), "/", sessions.timeout());
        LOG.info("console sign-in: {} ({}) from {}", user.get().name(), user.get().role().code(), ctx.ip());
        cookies.clear(ctx, FORM_COOKIE, FORM_PATH);
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) {
        sessions.close(ctx.cookie(Authentication.COOKIE));
        cookies.clear(ctx, Authentication.COOKIE, "/");
        ctx.redirect("/sign-in?out=1", HttpStatus.SEE_OTHER);
    }

    /**
     * After every console request of a live session: the cookie is sent again with a full Max-Age, so the browser
     * keeps it as long as the session lives (it ends after the timeout without a request, not after sign-in).
     */
    void renew(Context ctx) {
        Session session = Caller.session(ctx);
        if (session != null && !Authentication.isApi(ctx) && !ctx.path().equals("/sign-out")) {
            cookies.set(ctx, Authentication.COOKIE, session.id(), "/", sessions.timeout());
        }
    }

    private void show(Context ctx, int status, String next, String notice, String formError, String tokenError) {
        String formToken = random();
        cookies.set(ctx, FORM_COOKIE, formToken, FORM_PATH, FORM_LIFE);
        Layout.answer(ctx, status, "Sign in", null, Templates.render("sign-in",
                new Form(formToken, next, notice, formError, tokenError)));
    }

    private static boolean formTokenMatches(Context ctx) {
        String cookie = ctx.cookie(FORM_COOKIE);
        String field = ctx.formParam(Authentication.CSRF_FIELD);
        return cookie != null && !cookie.isEmpty() && field != null && MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private record Form(String csrf, String next, String notice, String formError, String tokenError) {
    }
}

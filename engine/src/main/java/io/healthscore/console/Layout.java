package io.healthscore.console;

import io.healthscore.users.Role;
import io.healthscore.web.Caller;
import io.healthscore.web.Session;
import io.javalin.http.Context;
import java.util.List;

/** Puts a page's body in the console's frame (skip link, navigation, who is signed in) and answers with it. */
final class Layout {
    private static final List<NavItem> NAV = List.of(new NavItem("/", "Portfolio", false),
            new NavItem("/companies", "Companies", false), new NavItem("/updates", "Recent updates", false),
            new NavItem("/runs", "Runs", false));

    private Layout() {
    }

    /** Answers with the page: {@code section} is the navigation entry it belongs to ("/companies"), or null. */
    static void answer(Context ctx, int status, String title, String section, String body) {
        Session session = Caller.session(ctx);
        Viewer viewer = session == null ? null : new Viewer(session.user().name(), session.user().role().code(),
                session.csrf(), NAV.stream().map(item -> new NavItem(item.href, item.label, item.href.equals(section)))
                .toList());
        Headers.page(ctx);
        ctx.status(status).html(Templates.render("layout", new Frame(title, viewer, body)));
    }

    /** Whether the signed-in user may change a company's status. */
    static boolean canEdit(Context ctx) {
        Session session = Caller.session(ctx);
        return session != null && session.user().role().covers(Role.CSM);
    }

    private record Frame(String title, Viewer viewer, String body) {
    }

    private record Viewer(String name, String role, String csrf, List<NavItem> nav) {
    }

    private record NavItem(String href, String label, boolean current) {
    }
}

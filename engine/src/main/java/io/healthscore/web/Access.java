package io.healthscore.web;

import io.healthscore.users.Role;
import io.javalin.security.RouteRole;
import java.util.Set;

/** Who may call a route: anyone (health, sign-in), or a signed-in user of at least a role. */
public enum Access implements RouteRole {
    ANYONE(null), VIEWER(Role.VIEWER), CSM(Role.CSM), ADMIN(Role.ADMIN);

    private final Role role;

    Access(Role role) {
        this.role = role;
    }

    public Role role() {
        return role;
    }

    /**
     * The role a route with these roles needs: the highest named, or none when it is open to anyone. A route that
     * names no role needs a signed-in viewer: a route is open only when it says so.
     */
    static Role needed(Set<RouteRole> roles) {
        if (roles.isEmpty()) {
            return Role.VIEWER;
        }
        Role needed = null;
        for (RouteRole routeRole : roles) {
            if (routeRole == ANYONE) {
                return null;
            }
            if (routeRole instanceof Access access && (needed == null || access.role.compareTo(needed) > 0)) {
                needed = access.role;
            }
        }
        return needed;
    }
}

package io.healthscore.web;

import io.healthscore.users.User;
import java.time.Instant;

/** A signed-in console user: the session id is the cookie's value, csrf the token every form must carry back. */
public record Session(String id, User user, String tokenId, String csrf, Instant expires) {
    Session renewed(Instant expires) {
        return new Session(id, user, tokenId, csrf, expires);
    }
}

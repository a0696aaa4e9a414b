package io.healthscore.users;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Makes users with their tokens and finds the user a token belongs to. */
public final class Users {
    private final UserStore store;
    private final Clock clock;

    public Users(UserStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Adds a user and returns its token: the only time the token exists outside the caller. */
    public Token add(String name, Role role) {
        User.checkName(name);
        Token token = Token.generate();
        String salt = Token.newSalt();
        store.add(new StoredUser(new User(name, role, clock.instant()), token.id(), salt, token.hash(salt)));
        return token;
    }

    public List<User> list() {
        return store.list();
    }

    public boolean remove(String name) {
        return store.remove(name);
    }

    /** The user a token id still belongs to: a console session ends when its user is removed. */
    public Optional<User> byTokenId(String tokenId) {
        return store.byTokenId(tokenId).map(StoredUser::user);
    }

    /** The user whose token this is, or empty for a token of the wrong form, unknown, or with a wrong secret. */
    public Optional<User> authenticate(String presented) {
        return Token.parse(presented).flatMap(token -> store.byTokenId(token.id())
                .filter(stored -> token.matches(stored.salt(), stored.tokenHash()))
                .map(StoredUser::user));
    }
}

package io.healthscore.users;

import java.util.List;
import java.util.Optional;

/** Where users are kept: the store (the default) or a file named by {@code serve.users-file}. */
public interface UserStore {
    /** Adds the user; throws {@link UserExistsException} when the name is taken. */
    void add(StoredUser user);

    List<User> list();

    /** Whether a user of that name was there to remove. */
    boolean remove(String name);

    Optional<StoredUser> byTokenId(String tokenId);
}

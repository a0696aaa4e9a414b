package io.healthscore.store;

import io.healthscore.users.Role;
import io.healthscore.users.StoredUser;
import io.healthscore.users.User;
import io.healthscore.users.UserExistsException;
import io.healthscore.users.UserStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowViewMapper;

/** The users of the API and console, kept in the store: names, roles and the salted hashes of their tokens. */
public final class UserRepository implements UserStore {
    private static final String COLUMNS = "name, role, token_id, salt, token_hash, created_at";
    private static final RowViewMapper<StoredUser> USER = row -> new StoredUser(
            new User(row.getColumn("name", String.class), Role.parse(row.getColumn("role", String.class)),
                    row.getColumn("created_at", Instant.class)),
            row.getColumn("token_id", String.class), row.getColumn("salt", String.class),
            row.getColumn("token_hash", String.class));

    private final Database database;

    public UserRepository(Database database) {
        this.database = database;
    }

    @Override
    public void add(StoredUser stored) {
        try {
            database.inTransaction(handle -> handle.createUpdate("INSERT INTO users (" + COLUMNS
                            + ") VALUES (:name, :role, :tokenId, :salt, :hash, :at)")
                    .bind("name", stored.user().name()).bind("role", stored.user().role().code())
                    .bind("tokenId", stored.tokenId()).bind("salt", stored.salt()).bind("hash", stored.tokenHash())
                    .bind("at", stored.user().createdAt()).execute());
        } catch (StoreException e) {
            if (Sql.isUniqueViolation(e)) {
                throw new UserExistsException(stored.user().name());
            }
            throw e;
        }
    }

    @Override
    public List<User> list() {
        return database.inTransaction(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM users ORDER BY name")
                .map(USER).map(StoredUser::user).list());
    }

    @Override
    public boolean remove(String name) {
        return database.inTransaction(handle -> handle.createUpdate("DELETE FROM users WHERE name = :name")
                .bind("name", name).execute()) > 0;
    }

    @Override
    public Optional<StoredUser> byTokenId(String tokenId) {
        return database.reading(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM users WHERE token_id = :id")
                .bind("id", tokenId).map(USER).findOne());
    }
}

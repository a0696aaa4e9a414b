package io.healthscore.users;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.store.Database;
import io.healthscore.store.StoreLocation;
import io.healthscore.store.UserRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code users add/list/remove}: a token printed once, kept only as a salted hash, in the store or a file. */
class UsersCommandTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-11-02T07:00:00Z");

    @TempDir
    Path folder;

    private CliRun users(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "users";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--store";
        all[args.length + 2] = folder.resolve("store").toString();
        return CliRun.run(CLOCK, all);
    }

    @Test
    void should_print_a_new_token_once_and_keep_only_its_salted_hash() throws Exception {
        CliRun added = users("add", "dana", "--role", "csm");

        assertThat(added.exitCode()).isZero();
        String token = added.out().strip();
        assertThat(Token.parse(token)).isPresent();
        assertThat(added.err()).contains("shown only this once");
        try (Database store = Database.open(StoreLocation.parse(folder.resolve("store").toString()))) {
            Users kept = new Users(new UserRepository(store), CLOCK);
            assertThat(kept.authenticate(token)).map(User::name).contains("dana");
            assertThat(kept.authenticate(token).map(User::role)).contains(Role.CSM);
            StoredUser stored = new UserRepository(store).byTokenId(Token.parse(token).get().id()).orElseThrow();
            assertThat(stored.tokenHash()).doesNotContain(Token.parse(token).get().secret()).hasSize(64);
            assertThat(stored.salt()).hasSize(32);
        }
        CliRun second = users("add", "erin", "--role", "csm");
        assertThat(second.out().strip()).isNotEqualTo(token);

        CliRun listed = users("list");
        assertThat(listed.exitCode()).isZero();
        assertThat(listed.out()).contains("dana", "csm", "erin").doesNotContain(token.substring(3, 15))
                .doesNotContain(Token.parse(token).get().secret());
        assertThat(users("list", "--json").outLines()).hasSize(2).first().asString().contains("\"name\":\"dana\"");
    }

    @Test
    void should_refuse_a_taken_name_a_bad_name_and_an_unknown_role() {
        assertThat(users("add", "dana", "--role", "viewer").exitCode()).isZero();

        CliRun taken = users("add", "dana", "--role", "admin");
        assertThat(taken.exitCode()).isEqualTo(1);
        assertThat(taken.errLines()).singleElement().asString().contains("a user named dana exists");
        CliRun role = users("add", "erin", "--role", "owner");
        assertThat(role.exitCode()).isEqualTo(2);
        assertThat(role.err()).contains("'owner' is not a role; accepted: viewer, csm, admin");
        CliRun name = users("add", "erin smith", "--role", "csm");
        assertThat(name.exitCode()).isEqualTo(2);
        assertThat(name.err()).contains("A-Z a-z 0-9 . _ @ -");
        assertThat(users("list").out()).contains("1 users");
    }

    @Test
    void should_remove_a_user_so_that_its_token_stops_working() throws Exception {
        String token = users("add", "dana", "--role", "admin").out().strip();

        CliRun removed = users("remove", "dana");
        assertThat(removed.exitCode()).isZero();
        assertThat(users("remove", "dana").exitCode()).isEqualTo(1);
        try (Database store = Database.open(StoreLocation.parse(folder.resolve("store").toString()))) {
            assertThat(new Users(new UserRepository(store), CLOCK).authenticate(token)).isEmpty();
        }
    }

    @Test
    void should_keep_users_in_a_file_readable_by_its_owner_only() throws Exception {
        Path file = folder.resolve("config/users.jsonl");
        CliRun added = users("add", "ops-bot", "--role", "admin", "--users-file", file.toString());

        assertThat(added.exitCode()).isZero();
        String token = added.out().strip();
        assertThat(Files.readString(file)).contains("\"name\":\"ops-bot\"").doesNotContain(Token.parse(token).get().secret());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Users kept = new Users(new UserFile(file), CLOCK);
        assertThat(kept.authenticate(token)).map(User::name).contains("ops-bot");
        assertThat(users("list", "--users-file", file.toString()).out()).contains("ops-bot");
        assertThat(users("list").out()).doesNotContain("ops-bot");
    }

    @Test
    void should_name_the_line_of_a_users_file_that_is_not_one() throws Exception {
        Path file = folder.resolve("users.jsonl");
        Files.write(file, List.of("{\"name\": \"x y\", \"role\": \"admin\"}"));

        CliRun listed = users("list", "--users-file", file.toString());
        assertThat(listed.exitCode()).isEqualTo(1);
        assertThat(listed.errLines()).singleElement().asString().contains(file + ":1: not a user line");
    }
}

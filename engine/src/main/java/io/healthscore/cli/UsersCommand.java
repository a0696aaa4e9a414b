package io.healthscore.cli;

import io.healthscore.json.Json;
import io.healthscore.store.UserRepository;
import io.healthscore.users.Role;
import io.healthscore.users.Token;
import io.healthscore.users.User;
import io.healthscore.users.UserFile;
import io.healthscore.users.UserStore;
import io.healthscore.users.Users;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "users", mixinStandardHelpOptions = true, description = {
        "Manage who may call the HTTP API and sign in to the console.",
        "Each user has a role (viewer < csm < admin) and one token, printed once by 'add' and kept only as a salted"
                + " hash, in the store or in the file given by --users-file (serve.users-file)."},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Remove.class})
final class UsersCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(UsersCommand.class);

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: "
                + String.join(", ", spec.subcommands().keySet()));
    }

    /** Where the users are: the store, or the users file when one is given. */
    static final class Where {
        @Mixin
        StoreOptions options;

        @Option(names = "--users-file", paramLabel = "FILE", defaultValue = "${env:HEALTHSCORE_SERVE_USERS_FILE}",
                description = "Keep users in this file instead of the store (serve.users-file; default:"
                        + " $HEALTHSCORE_SERVE_USERS_FILE, else the store).")
        Path usersFile;

        <T> T with(Cli cli, Function<Users, T> work) {
            try (Workspace workspace = cli.workspace(options)) {
                UserStore store = usersFile != null && !usersFile.toString().isBlank() ? new UserFile(usersFile)
                        : new UserRepository(workspace.store());
                return work.apply(new Users(store, workspace.clock()));
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {
            "Add a user and print its token, once.",
            "The token goes to standard output alone, for a script to keep; it cannot be shown again. To replace a"
                    + " lost token, remove the user and add it again."})
    static final class Add implements Callable<Integer> {
        @Mixin
        Where where;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "1-64 characters of A-Z a-z 0-9 . _ @ -; the author of the user's changes.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, csm or admin.")
        String role;

        private final Cli cli;

        Add(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            Role parsed;
            try {
                parsed = Role.parse(role);
                User.checkName(name);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            Token token = where.with(cli, users -> users.add(name, parsed));
            LOG.info("users add: {} as {}", name, parsed.code());
            cli.out().println(token.text());
            cli.err().println("healthscore users: added " + name + " as " + parsed.code()
                    + "; the token above is shown only this once: keep it secret");
            return ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {
            "List the users and their roles.", "Tokens are never shown."})
    static final class ListUsers implements Callable<Integer> {
        @Mixin
        Where where;

        @Mixin
        JsonOption output;

        private final Cli cli;

        ListUsers(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            List<User> users = where.with(cli, Users::list);
            if (output.json) {
                users.forEach(user -> cli.out().println(Json.line(new UserJson(user.name(), user.role().code(),
                        user.createdAt()))));
                return ExitCode.OK;
            }
            cli.out().printf("%-32s %-7s %s%n", "NAME", "ROLE", "ADDED");
            users.forEach(user -> cli.out().printf("%-32s %-7s %s%n", user.name(), user.role().code(), user.createdAt()));
            cli.out().printf("%n%d users%n", users.size());
            return ExitCode.OK;
        }

        private record UserJson(String name, String role, Instant createdAt) {
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = {
            "Remove a user: its token stops working at once.", "Changes the user made keep their author."})
    static final class Remove implements Callable<Integer> {
        @Mixin
        Where where;

        @Parameters(paramLabel = "NAME", description = "The user to remove.")
        String name;

        private final Cli cli;

        Remove(Cli cli) {
            this.cli = cli;
        }

        @Override
        public Integer call() {
            boolean removed = where.with(cli, users -> users.remove(name));
            if (!removed) {
                cli.err().println("healthscore users: no user named " + name + "; 'healthscore users list' shows them");
                return ExitCode.FAILURE;
            }
            LOG.info("users remove: {}", name);
            cli.out().println("removed user " + name);
            return ExitCode.OK;
        }
    }
}

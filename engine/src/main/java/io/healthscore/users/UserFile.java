package io.healthscore.users;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.healthscore.HealthscoreException;
import io.healthscore.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Users kept in a file ({@code serve.users-file}), one JSON object a line, written whole to a temporary file and
 * moved into place, readable by its owner only. Read again on every look-up, so users added or removed while
 * {@code serve} runs count at once, even on the embedded store, which only one process may open.
 */
public final class UserFile implements UserStore {
    private final Path file;

    public UserFile(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void add(StoredUser user) {
        List<StoredUser> users = read();
        if (users.stream().anyMatch(existing -> existing.user().name().equals(user.user().name()))) {
            throw new UserExistsException(user.user().name());
        }
        users.add(user);
        write(users);
    }

    @Override
    public List<User> list() {
        return read().stream().map(StoredUser::user).sorted(Comparator.comparing(User::name)).toList();
    }

    @Override
    public synchronized boolean remove(String name) {
        List<StoredUser> users = read();
        boolean removed = users.removeIf(user -> user.user().name().equals(name));
        if (removed) {
            write(users);
        }
        return removed;
    }

    @Override
    public Optional<StoredUser> byTokenId(String tokenId) {
        return read().stream().filter(user -> user.tokenId().equals(tokenId)).findFirst();
    }

    private List<StoredUser> read() {
        List<StoredUser> users = new ArrayList<>();
        if (!Files.exists(file)) {
            return users;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new HealthscoreException("cannot read the users file " + file + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                Line line = Json.read(lines.get(i), Line.class);
                users.add(new StoredUser(new User(User.checkName(line.name()), Role.parse(line.role()), line.createdAt()),
                        line.tokenId(), line.salt(), line.tokenHash()));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new HealthscoreException(file + ":" + (i + 1) + ": not a user line (" + e.getMessage().lines()
                        .findFirst().orElse("") + "); accepted: the lines 'healthscore users add' writes", e);
            }
        }
        return users;
    }

    private void write(List<StoredUser> users) {
        StringBuilder text = new StringBuilder();
        for (StoredUser user : users) {
            text.append(Json.line(new Line(user.user().name(), user.user().role().code(), user.tokenId(), user.salt(),
                    user.tokenHash(), user.user().createdAt()))).append('\n');
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, ".users", ".tmp");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions protect it
            }
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new HealthscoreException("cannot write the users file " + file + ": " + e.getMessage(), e);
        }
    }

    @JsonPropertyOrder({"name", "role", "tokenId", "salt", "tokenHash", "createdAt"})
    private record Line(String name, String role, String tokenId, String salt, String tokenHash, Instant createdAt) {
    }
}

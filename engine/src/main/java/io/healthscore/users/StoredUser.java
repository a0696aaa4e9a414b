package io.healthscore.users;

/** A user as kept: the token's id in clear, its secret only as a salted hash. */
public record StoredUser(User user, String tokenId, String salt, String tokenHash) {
}

package io.healthscore.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tokens: random, of one form, and checked against their salted hash. */
class TokenTest {
    @Test
    void should_match_its_own_hash_only() {
        Token token = Token.generate();
        String salt = Token.newSalt();
        String hash = token.hash(salt);

        assertThat(token.matches(salt, hash)).isTrue();
        assertThat(token.matches(Token.newSalt(), hash)).isFalse();
        assertThat(new Token(token.id(), Token.generate().secret()).matches(salt, hash)).isFalse();
        assertThat(token.matches(salt, "not hex")).isFalse();
        assertThat(token.hash(Token.newSalt())).isNotEqualTo(hash);
    }

    @Test
    void should_parse_what_it_prints_and_nothing_else() {
        Token token = Token.generate();

        assertThat(Token.parse(token.text())).contains(token);
        assertThat(Token.parse(" " + token.text() + "\n")).contains(token);
        assertThat(Token.parse(token.text() + "x")).isEmpty();
        assertThat(Token.parse("hs_" + token.id())).isEmpty();
        assertThat(Token.parse(null)).isEmpty();
        assertThat(token.toString()).doesNotContain(token.secret());
        assertThat(Token.generate().text()).isNotEqualTo(token.text());
    }
}

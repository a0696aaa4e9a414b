package io.healthscore.rules.facts;

/** The company being scored: its id and segment (segment may be null). */
public record Customer(String id, String segment) {
}

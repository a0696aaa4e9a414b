package io.healthscore.yaml;

/** A value read from a scenario file with the line it starts on, so that every problem can name its line. */
public sealed interface YamlValue permits YamlScalar, YamlList, YamlMap {
    int line();

    /** What the value is, for messages: "the string \"x\"", "a list", ... */
    String describe();
}

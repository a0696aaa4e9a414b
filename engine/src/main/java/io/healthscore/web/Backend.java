package io.healthscore.web;

import io.healthscore.automation.Dispatcher;
import io.healthscore.rules.RuleSet;
import io.healthscore.store.Database;
import io.healthscore.users.Users;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * What the API and the console work on: the service's store, its active rules (hot-reloaded), the dispatcher that
 * delivers triggers, the clock and the users.
 */
public record Backend(Database database, Supplier<RuleSet> rules, Dispatcher dispatcher, Clock clock, Users users,
        int threads) {
}

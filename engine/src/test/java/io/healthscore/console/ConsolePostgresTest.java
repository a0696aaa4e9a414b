package io.healthscore.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.testhelper.Postgres;
import io.healthscore.testhelper.PostgresTest;
import io.healthscore.testhelper.RunningService;
import io.healthscore.users.Role;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's queries on PostgreSQL: recent updates since an instant with their filters, the filtered list. */
@PostgresTest
class ConsolePostgresTest {
    @TempDir
    static Path folder;
    static String url;
    static RunningService service;
    ConsoleClient csm;

    @BeforeAll
    static void start() {
        url = Postgres.createDatabase();
        service = ConsoleService.start(folder, url);
    }

    @BeforeEach
    void signIn() {
        csm = ConsoleClient.signedIn(service, Role.CSM);
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
        Postgres.dropDatabase(url);
    }

    @Test
    void should_list_a_manual_change_among_the_recent_updates_filtered_by_source_band_and_author() {
        assertThat(csm.postWithCsrf("/companies/wonka/status", Map.of("band", "HEALTHY", "note", "new champion"))
                .status()).isEqualTo(303);

        Document manual = csm.get("/updates?source=manual&band=HEALTHY&author=CSM").document();
        Document automatic = csm.get("/updates?source=automatic").document();
        Document otherAuthor = csm.get("/updates?source=manual&author=viewer").document();

        assertThat(manual.select("#updates li").eachAttr("data-company")).containsExactly("wonka");
        assertThat(manual.select("#updates li").text()).contains("new champion", "csm");
        assertThat(automatic.select("#updates li")).isNotEmpty();
        assertThat(automatic.select("#updates li").eachAttr("data-source")).containsOnly("automatic");
        assertThat(otherAuthor.select("#updates li")).isEmpty();
    }

    @Test
    void should_leave_out_changes_older_than_the_days_asked_for() {
        service.clock().advance(Duration.ofDays(3));
        try {
            ConsoleClient fresh = ConsoleClient.signedIn(service, Role.VIEWER);

            assertThat(fresh.get("/updates?days=2").document().select("#updates li")).isEmpty();
            assertThat(fresh.get("/updates?days=4").document().select("#updates li")).isNotEmpty();
        } finally {
            service.clock().advance(Duration.ofDays(-3));
        }
    }

    @Test
    void should_filter_and_sort_the_companies_list() {
        Document page = csm.get("/companies?month=2026-10&band=AT_RISK&sort=score&dir=desc").document();

        assertThat(page.select("#companies tbody tr").eachAttr("data-band")).hasSize(5).containsOnly("AT_RISK");
    }
}

package io.healthscore.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.healthscore.testhelper.Repo;
import io.healthscore.testhelper.RunningService;
import io.healthscore.users.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP API of a real {@code serve} on the samples, called over HTTP: every route, every role, every kind of bad
 * input. Each test that changes state uses a company of its own, so the order of the tests does not matter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiContract {
    /** Each route, on a company no other test uses, with the least role it needs. */
    private static final List<Route> ROUTES = List.of(
            new Route("POST", "/api/v1/metrics", Role.ADMIN),
            new Route("POST", "/api/v1/companies", Role.ADMIN),
            new Route("GET", "/api/v1/companies", Role.VIEWER),
            new Route("GET", "/api/v1/companies/wayne", Role.VIEWER),
            new Route("GET", "/api/v1/companies/wayne/history", Role.VIEWER),
            new Route("POST", "/api/v1/companies/wayne/score", Role.CSM),
            new Route("PUT", "/api/v1/companies/wayne/override", Role.CSM),
            new Route("DELETE", "/api/v1/companies/wayne/override", Role.CSM),
            new Route("POST", "/api/v1/companies/wayne/churn", Role.CSM),
            new Route("DELETE", "/api/v1/companies/wayne/churn", Role.CSM),
            new Route("GET", "/api/v1/report", Role.VIEWER),
            new Route("GET", "/api/v1/runs", Role.VIEWER),
            new Route("GET", "/api/v1/triggers", Role.VIEWER),
            new Route("POST", "/api/v1/triggers/retry", Role.ADMIN),
            new Route("GET", "/api/v1/openapi.json", Role.VIEWER));

    RunningService service;

    abstract RunningService start(Path folder) throws Exception;

    @BeforeAll
    void startService(@TempDir Path folder) throws Exception {
        service = start(folder);
    }

    @AfterAll
    void stopService() {
        if (service != null) {
            service.close();
        }
    }

    private Api as(Role role) {
        return Api.as(service, role);
    }

    @Test
    void should_answer_401_with_a_problem_on_every_route_without_a_valid_token() {
        for (Route route : ROUTES) {
            for (String header : new String[] {null, "Bearer nonsense", "Basic YWRtaW46YWRtaW4=",
                    "Bearer hs_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}) {
                Api.Reply reply = Api.withHeader(service, header).send(route.method(), route.path(), null, null);

                assertThat(reply.status()).as(route + " with " + header).isEqualTo(401);
                assertThat(reply.isProblem()).as(route + " with " + header).isTrue();
                assertThat(reply.authenticate()).startsWith("Bearer");
                assertThat(reply.json().get("detail").asText()).contains("healthscore users");
            }
        }
    }

    @Test
    void should_answer_401_for_the_token_of_a_known_user_with_a_wrong_secret() {
        String token = service.token(Role.ADMIN);
        String forged = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");

        assertThat(Api.withHeader(service, "Bearer " + forged).get("/api/v1/companies").status()).isEqualTo(401);
        assertThat(Api.withHeader(service, "Bearer " + token).get("/api/v1/companies").status()).isEqualTo(200);
    }

    @Test
    void should_answer_403_to_a_role_below_the_route_and_serve_the_role_it_needs() {
        for (Route route : ROUTES) {
            for (Role role : Role.values()) {
                Api.Reply reply = as(role).send(route.method(), route.path(), null, null);
                if (role.covers(route.role())) {
                    assertThat(reply.status()).as(route + " as " + role).isNotIn(401, 403, 404, 405);
                } else {
                    assertThat(reply.status()).as(route + " as " + role).isEqualTo(403);
                    assertThat(reply.isProblem()).isTrue();
                    assertThat(reply.json().get("detail").asText()).contains("has role " + role.code());
                }
            }
        }
    }

    @Test
    void should_serve_health_without_a_token() {
        Api.Reply health = Api.withHeader(service, null).get("/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void should_list_the_latest_month_and_filter_it_by_band_segment_owner_and_search() {
        JsonNode all = as(Role.VIEWER).get("/api/v1/companies?limit=1000").json();
        assertThat(all.get("month").asText()).isEqualTo("2026-10");
        List<JsonNode> companies = list(all.get("companies"));
        assertThat(companies).hasSizeGreaterThan(20);

        List<JsonNode> atRisk = list(as(Role.VIEWER).get("/api/v1/companies?band=AT_RISK&limit=1000").json().get("companies"));
        assertThat(atRisk).isNotEmpty().allSatisfy(company -> assertThat(company.get("effectiveBand").asText()).isEqualTo("AT_RISK"));
        assertThat(atRisk).hasSize((int) companies.stream().filter(c -> c.get("effectiveBand").asText().equals("AT_RISK")).count());

        List<JsonNode> twoBands = list(as(Role.VIEWER).get("/api/v1/companies?band=at_risk,THRIVING&limit=1000").json().get("companies"));
        assertThat(twoBands).extracting(company -> company.get("effectiveBand").asText()).containsOnly("AT_RISK", "THRIVING");

        List<JsonNode> enterprise = list(as(Role.VIEWER).get("/api/v1/companies?segment=ENTERPRISE&limit=1000").json().get("companies"));
        assertThat(enterprise).isNotEmpty().allSatisfy(company -> assertThat(company.get("segment").asText()).isEqualTo("enterprise"));

        String owner = companies.get(0).get("owner").asText();
        List<JsonNode> owned = list(as(Role.VIEWER).get("/api/v1/companies?limit=1000&owner=" + owner).json().get("companies"));
        assertThat(owned).isNotEmpty().allSatisfy(company -> assertThat(company.get("owner").asText()).isEqualTo(owner));
        assertThat(owned).hasSize((int) companies.stream().filter(c -> c.get("owner").asText().equals(owner)).count());

        List<JsonNode> found = list(as(Role.VIEWER).get("/api/v1/companies?q=CORPOR").json().get("companies"));
        assertThat(found).extracting(company -> company.get("company").asText()).contains("acme");
        assertThat(found).allSatisfy(company -> assertThat((company.get("company").asText() + " "
                + company.get("name").asText()).toLowerCase()).contains("corpor"));

        List<JsonNode> july = list(as(Role.VIEWER).get("/api/v1/companies?month=2026-07&limit=1000").json().get("companies"));
        assertThat(july).isNotEmpty().allSatisfy(company -> assertThat(company.get("month").asText()).isEqualTo("2026-07"));
    }

    @Test
    void should_page_through_every_company_once_with_the_cursor() {
        Set<String> expected = new TreeSet<>();
        list(as(Role.VIEWER).get("/api/v1/companies?month=2026-09&limit=1000").json().get("companies"))
                .forEach(company -> expected.add(company.get("company").asText()));
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = as(Role.VIEWER).get("/api/v1/companies?month=2026-09&limit=7"
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            assertThat(page.get("companies").size()).isLessThanOrEqualTo(7);
            page.get("companies").forEach(company -> paged.add(company.get("company").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 100);

        assertThat(paged).doesNotHaveDuplicates().containsExactlyElementsOf(expected);
        assertThat(pages).isEqualTo((expected.size() + 6) / 7);
    }

    @Test
    void should_refuse_bad_list_parameters_naming_the_parameter() {
        assertBadField(as(Role.VIEWER).get("/api/v1/companies?band=GREEN"), "band");
        assertBadField(as(Role.VIEWER).get("/api/v1/companies?limit=0"), "limit");
        assertBadField(as(Role.VIEWER).get("/api/v1/companies?limit=ten"), "limit");
        assertBadField(as(Role.VIEWER).get("/api/v1/companies?month=2026-13"), "month");
        assertBadField(as(Role.VIEWER).get("/api/v1/companies?cursor=%25%25"), "cursor");
        assertBadField(as(Role.VIEWER).get("/api/v1/triggers?status=lost"), "status");
        assertBadField(as(Role.VIEWER).get("/api/v1/report?target=120"), "target");
        assertBadField(as(Role.VIEWER).get("/api/v1/runs?month=october"), "month");
    }

    @Test
    void should_answer_a_company_as_score_json_with_its_band_shown_and_explanation() {
        JsonNode acme = as(Role.VIEWER).get("/api/v1/companies/acme").json();

        assertThat(acme.get("company").asText()).isEqualTo("acme");
        assertThat(acme.get("month").asText()).isEqualTo("2026-10");
        for (String field : List.of("score", "band", "previousBand", "previousScore", "weeks", "drivers", "triggers",
                "effectiveBand", "explanation")) {
            assertThat(acme.has(field)).as(field).isTrue();
        }
        assertThat(acme.get("drivers").has("login")).isTrue();
        assertThat(acme.get("explanation").get("bandRule").get("name").asText()).isNotBlank();
        assertThat(acme.get("explanation").get("weeks").size()).isEqualTo(acme.get("weeks").asInt());
        assertThat(acme.get("name").asText()).isEqualTo("Acme Corporation");
    }

    @Test
    void should_answer_404_for_an_unknown_company_and_400_for_a_bad_id() {
        for (String path : List.of("/api/v1/companies/nobody", "/api/v1/companies/nobody/history")) {
            Api.Reply reply = as(Role.VIEWER).get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.isProblem()).isTrue();
            assertThat(reply.json().get("detail").asText()).contains("nobody");
        }
        assertThat(as(Role.CSM).send("POST", "/api/v1/companies/nobody/score", null, null).status()).isEqualTo(404);
        assertThat(as(Role.CSM).json("PUT", "/api/v1/companies/nobody/override", "{\"band\": \"STEADY\"}").status()).isEqualTo(404);
        assertBadField(as(Role.VIEWER).get("/api/v1/companies/not%20an%20id"), "company");
    }

    @Test
    void should_answer_the_history_as_history_json() {
        JsonNode history = as(Role.VIEWER).get("/api/v1/companies/globex/history").json();

        assertThat(history.get("company").asText()).isEqualTo("globex");
        assertThat(list(history.get("assessments"))).extracting(entry -> entry.get("month").asText())
                .containsExactly("2026-10", "2026-09", "2026-08", "2026-07");
        assertThat(history.get("activities").isArray()).isTrue();
    }

    @Test
    void should_rescore_on_demand_and_deliver_its_triggers() throws IOException {
        Api.Reply reply = as(Role.CSM).send("POST", "/api/v1/companies/initech/score?month=2026-09", null, null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("company").asText()).isEqualTo("initech");
        assertThat(reply.json().get("month").asText()).isEqualTo("2026-09");
        assertThat(reply.json().get("triggers").isArray()).isTrue();
        assertBadField(as(Role.CSM).send("POST", "/api/v1/companies/initech/score?month=09-2026", null, null), "month");
    }

    @Test
    void should_set_and_clear_an_override_authored_by_the_tokens_user() {
        String path = "/api/v1/companies/globex/override";
        Api.Reply set = as(Role.CSM).json("PUT", path, "{\"band\": \"AT_RISK\", \"note\": \"champion left\", \"until\": \"2026-12\"}");

        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("activity").get("by").asText()).isEqualTo("csm");
        assertThat(set.json().get("override").get("band").asText()).isEqualTo("AT_RISK");
        assertThat(set.json().get("override").get("until").asText()).isEqualTo("2026-12");
        JsonNode shown = as(Role.VIEWER).get("/api/v1/companies/globex").json();
        assertThat(shown.get("effectiveBand").asText()).isEqualTo("AT_RISK");
        assertThat(shown.get("override").get("note").asText()).isEqualTo("champion left");
        assertThat(shown.get("override").get("by").asText()).isEqualTo("csm");
        JsonNode logged = as(Role.VIEWER).get("/api/v1/companies/globex/history").json().get("activities").get(0);
        assertThat(logged.get("source").asText()).isEqualTo("override");
        assertThat(logged.get("by").asText()).isEqualTo("csm");
        assertThat(list(as(Role.VIEWER).get("/api/v1/companies?band=AT_RISK&limit=1000").json().get("companies")))
                .extracting(company -> company.get("company").asText()).contains("globex");

        Api.Reply cleared = as(Role.ADMIN).send("DELETE", path, null, null);
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.json().get("activity").get("by").asText()).isEqualTo("admin");
        assertThat(as(Role.VIEWER).get("/api/v1/companies/globex").json().get("override").isNull()).isTrue();

        Api.Reply again = as(Role.CSM).send("DELETE", path, null, null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("no override in force");
    }

    @Test
    void should_refuse_a_bad_override_and_store_nothing() {
        String path = "/api/v1/companies/hooli/override";
        int before = activities("hooli");

        assertBadField(as(Role.CSM).json("PUT", path, "{\"band\": \"PURPLE\"}"), "band");
        assertBadField(as(Role.CSM).json("PUT", path, "{\"band\": \"NONE\"}"), "band");
        assertBadField(as(Role.CSM).json("PUT", path, "{\"note\": \"no band\"}"), "band");
        assertBadField(as(Role.CSM).json("PUT", path, "{\"band\": \"STEADY\", \"until\": \"2026-01\"}"), "until");
        assertBadField(as(Role.CSM).json("PUT", path, "{\"band\": \"STEADY\", \"until\": \"soon\"}"), "until");
        assertBadField(as(Role.CSM).json("PUT", path, "{\"band\": \"STEADY\", \"by\": \"mallory\"}"), "by");
        assertBadField(as(Role.CSM).json("PUT", path, "{\"band\": 3}"), "band");
        assertBadField(as(Role.CSM).json("PUT", path, "{\"band\": \"STEADY\", \"note\": \"" + "x".repeat(2001) + "\"}"), "note");
        Api.Reply malformed = as(Role.CSM).json("PUT", path, "{\"band\": \"STEADY\"");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("title").asText()).isEqualTo("Malformed JSON");
        assertThat(as(Role.CSM).json("PUT", path, "[1, 2]").status()).isEqualTo(400);
        Api.Reply wrongType = as(Role.CSM).send("PUT", path, "text/plain", "band=STEADY");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.isProblem()).isTrue();

        assertThat(activities("hooli")).isEqualTo(before);
        assertThat(as(Role.VIEWER).get("/api/v1/companies/hooli").json().get("override").isNull()).isTrue();
    }

    @Test
    void should_churn_and_reinstate_a_company() {
        String path = "/api/v1/companies/umbrella/churn";
        Api.Reply churned = as(Role.CSM).json("POST", path, "{\"note\": \"signed with a competitor\"}");

        assertThat(churned.status()).as(churned.toString()).isEqualTo(200);
        assertThat(churned.json().get("activity").get("to").asText()).isEqualTo("CHURNED");
        assertThat(churned.json().get("activity").get("by").asText()).isEqualTo("csm");
        assertThat(as(Role.VIEWER).get("/api/v1/companies/umbrella").json().get("effectiveBand").asText()).isEqualTo("CHURNED");
        assertThat(as(Role.CSM).json("POST", path, "{\"note\": \"again\"}").status()).isEqualTo(409);
        Api.Reply score = as(Role.CSM).send("POST", "/api/v1/companies/umbrella/score", null, null);
        assertThat(score.status()).isEqualTo(409);
        assertThat(score.json().get("detail").asText()).contains("churned");
        assertThat(as(Role.CSM).json("PUT", "/api/v1/companies/umbrella/override", "{\"band\": \"STEADY\"}").status()).isEqualTo(409);

        Api.Reply reinstated = as(Role.CSM).send("DELETE", path, null, null);
        assertThat(reinstated.status()).as(reinstated.toString()).isEqualTo(200);
        assertThat(reinstated.json().get("activity").get("from").asText()).isEqualTo("CHURNED");
        assertThat(as(Role.CSM).send("DELETE", path, null, null).status()).isEqualTo(409);
    }

    @Test
    void should_store_valid_metrics_and_list_the_rejected_ones_by_line_and_field() throws IOException {
        String body = Files.readString(Repo.samples().resolve("bad-records.jsonl"));
        Api.Reply reply = as(Role.ADMIN).send("POST", "/api/v1/metrics", "application/x-ndjson", body);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode result = reply.json();
        long good = body.lines().filter(line -> !line.isBlank()).count() - result.get("rejected").size();
        assertThat(result.get("stored").asLong()).isEqualTo(good).isPositive();
        assertThat(result.get("rejected").size()).isPositive();
        Map<String, String> fields = new java.util.HashMap<>();
        result.get("rejected").forEach(rejected -> {
            assertThat(rejected.get("line").asInt()).isPositive();
            assertThat(rejected.get("reason").asText()).isNotBlank();
            fields.put(rejected.get("line").asText(), rejected.get("field").isNull() ? null : rejected.get("field").asText());
        });
        assertThat(fields.values()).contains("login", "week", "company");
    }

    @Test
    void should_take_metrics_as_a_json_array_and_as_csv() {
        Api.Reply array = as(Role.ADMIN).send("POST", "/api/v1/metrics", "application/json", """
                [{"company": "newco", "week": "2026-10-05", "login": 50, "adoption": 40},
                 {"company": "newco", "week": "2026-10-06", "login": 50, "adoption": 40}]""");
        assertThat(array.status()).as(array.toString()).isEqualTo(200);
        assertThat(array.json().get("stored").asInt()).isEqualTo(1);
        assertThat(array.json().get("rejected").get(0).get("element").asInt()).isEqualTo(1);
        assertThat(array.json().get("rejected").get(0).get("field").asText()).isEqualTo("week");

        Api.Reply csv = as(Role.ADMIN).send("POST", "/api/v1/metrics", "text/csv; charset=utf-8",
                "company,week,login,adoption,nps\nnewco,2026-10-12,55,45,\nnewco,2026-10-19,555,45,\n");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.json().get("stored").asInt()).isEqualTo(1);
        assertThat(csv.json().get("rejected").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(csv.json().get("rejected").get(0).get("field").asText()).isEqualTo("login");

        assertThat(as(Role.VIEWER).get("/api/v1/companies/newco/history").status()).isEqualTo(200);
    }

    @Test
    void should_refuse_an_untyped_an_empty_and_an_oversized_metrics_body() {
        Api.Reply untyped = as(Role.ADMIN).send("POST", "/api/v1/metrics", "text/plain", "{}");
        assertThat(untyped.status()).isEqualTo(415);
        assertThat(untyped.json().get("detail").asText()).contains("application/x-ndjson", "text/csv");

        Api.Reply empty = as(Role.ADMIN).send("POST", "/api/v1/metrics", "application/x-ndjson", "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.isProblem()).isTrue();

        String line = "{\"company\": \"bigco\", \"week\": \"2026-10-05\", \"login\": 50, \"adoption\": 40}\n";
        Api.Reply big = as(Role.ADMIN).send("POST", "/api/v1/metrics", "application/x-ndjson",
                line.repeat((int) (1.5 * (1 << 20) / line.length())));
        assertThat(big.status()).isEqualTo(413);
        assertThat(big.isProblem()).isTrue();
        assertThat(big.json().get("detail").asText()).contains(String.valueOf(1 << 20), "serve.max-body-mb");
        assertThat(as(Role.VIEWER).get("/api/v1/companies/bigco").status()).isEqualTo(404);

        assertThat(Api.withHeader(service, null).get("/health").status()).isEqualTo(200);
    }

    @Test
    void should_store_companies_records() {
        Api.Reply reply = as(Role.ADMIN).send("POST", "/api/v1/companies", "text/csv",
                "company,name,owner,contact,segment\npendant,Pendant Publishing,elaine@healthscore.example,,smb\n"
                        + "kramerica,Kramerica,not-an-email,,smb\n");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.json().get("stored").asInt()).isEqualTo(1);
        assertThat(reply.json().get("rejected").get(0).get("field").asText()).isEqualTo("owner");
        assertThat(as(Role.VIEWER).get("/api/v1/companies/pendant/history").json().get("name").asText())
                .isEqualTo("Pendant Publishing");
    }

    @Test
    void should_answer_the_report_runs_and_triggers() {
        JsonNode report = as(Role.VIEWER).get("/api/v1/report?month=2026-10&target=55").json();
        assertThat(report.get("month").asText()).isEqualTo("2026-10");
        assertThat(report.get("target").get("target").decimalValue()).isEqualByComparingTo("55");

        JsonNode runs = as(Role.VIEWER).get("/api/v1/runs?limit=10").json().get("runs");
        assertThat(list(runs)).extracting(run -> run.get("month").asText())
                .contains(RunningService.MONTHS.toArray(String[]::new));

        JsonNode triggers = as(Role.VIEWER).get("/api/v1/triggers?month=2026-08&limit=5").json();
        assertThat(triggers.get("triggers").size()).isBetween(1, 5);
        assertThat(list(triggers.get("triggers"))).allSatisfy(trigger -> assertThat(trigger.get("month").asText()).isEqualTo("2026-08"));
        assertThat(triggers.get("counts").get("sent").asLong()).isPositive();

        JsonNode retried = as(Role.ADMIN).send("POST", "/api/v1/triggers/retry?month=2026-08", null, null).json();
        assertThat(retried.get("requeued").asInt()).isZero();
        assertThat(retried.get("delivery").get("dead").asInt()).isZero();
    }

    @Test
    void should_describe_in_openapi_exactly_the_api_routes_the_server_has() {
        JsonNode document = as(Role.VIEWER).get("/api/v1/openapi.json").json();
        assertThat(document.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey()));
        }
        Set<String> served = new HashSet<>();
        service.service().routes().stream().filter(route -> route.contains(" /api/")).forEach(served::add);

        assertThat(documented).isEqualTo(served);
        for (Route route : ROUTES) {
            String template = route.path().replace("/wayne", "/{id}");
            JsonNode operation = document.get("paths").get(template).get(route.method().toLowerCase());
            assertThat(operation.get("x-role").asText()).as(route.toString()).isEqualTo(route.role().code());
        }
    }

    private int activities(String company) {
        return as(Role.VIEWER).get("/api/v1/companies/" + company + "/history").json().get("activities").size();
    }

    private static void assertBadField(Api.Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.isProblem()).as(reply.toString()).isTrue();
        JsonNode problem = reply.json();
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).startsWith(field + ":");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private record Route(String method, String path, Role role) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}

package io.healthscore.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.testhelper.CliRun;
import io.healthscore.testhelper.InputFile;
import io.healthscore.testhelper.SettableClock;
import io.healthscore.testhelper.StoreContents;
import io.healthscore.testhelper.Stderr;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Contract 1: {@code ingest --companies FILE} adds a company's name, CSM owner, customer contact and segment. */
class CompaniesFileTest {
    private static final SettableClock CLOCK = SettableClock.at("2026-12-01T09:00:00Z");

    @TempDir
    Path folder;

    @Test
    void should_store_name_owner_contact_and_segment_when_a_companies_csv_is_ingested() {
        Path file = InputFile.lines(folder, "companies.csv",
                "company,name,owner,contact,segment,region",
                "acme,\"Acme, Inc.\",csm.jane@vendor.example,buyer@acme.example,enterprise,emea",
                "beta,Beta,,,,");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", "--companies", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.errLines()).isEmpty();
        assertThat(run.out()).contains("2 companies");
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.company("acme")).contains(new Company(CompanyId.of("acme"), "Acme, Inc.",
                    "csm.jane@vendor.example", "buyer@acme.example", "enterprise"));
            assertThat(contents.company("beta")).contains(new Company(CompanyId.of("beta"), "Beta", null, null, null));
        }
    }

    @Test
    void should_store_companies_and_metrics_when_both_are_given_in_one_command() {
        Path companies = InputFile.lines(folder, "companies.jsonl",
                "{\"company\": \"acme\", \"name\": \"Acme\", \"owner\": \"jane@vendor.example\", \"segment\": \"smb\"}");
        Path metrics = InputFile.lines(folder, "metrics.jsonl",
                "{\"company\": \"acme\", \"week\": \"2026-10-05\", \"login\": 80, \"adoption\": 60}",
                "{\"company\": \"beta\", \"week\": \"2026-10-05\", \"login\": 40, \"adoption\": 30}");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", "--companies", companies.toString(), metrics.toString(),
                "--store", store.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.company("acme").map(Company::segment)).contains("smb");
            assertThat(contents.company("beta")).as("known from its metrics").contains(Company.known(CompanyId.of("beta")));
            assertThat(contents.weekLines()).hasSize(2);
        }
    }

    @Test
    void should_replace_the_details_when_a_company_is_ingested_again() {
        Path store = folder.resolve("store");
        ingest(store, InputFile.lines(folder, "first.csv", "company,name,owner,contact,segment",
                "acme,Acme,old@vendor.example,buyer@acme.example,smb"));

        ingest(store, InputFile.lines(folder, "second.csv", "company,name,owner,contact,segment",
                "acme,Acme Corp,new@vendor.example,,enterprise"));

        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.company("acme")).contains(new Company(CompanyId.of("acme"), "Acme Corp",
                    "new@vendor.example", null, "enterprise"));
        }
    }

    // rejections are checked in JSON Lines; CSV line numbering has its own test (CsvLineNumberTest)
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            owner without @           | {"company": "acme", "owner": "jane.vendor.example"}   | owner:
            owner with two @          | {"company": "acme", "owner": "jane@@vendor.example"}  | owner:
            contact with a space      | {"company": "acme", "contact": "bu yer@acme.example"} | contact:
            company id with a space   | {"company": "ac me", "name": "Acme"}                  | company:
            company id with a slash   | {"company": "ac/me", "name": "Acme"}                  | company:
            company id missing        | {"name": "Acme"}                                      | company:
            name too long             | {"company": "acme", "name": "NAME_201"}               | name:
            """)
    void should_reject_the_record_with_file_and_line_when_a_companies_record_is_invalid(
            String description, String record, String field) {
        Path file = InputFile.lines(folder, "companies.jsonl",
                "{\"company\": \"beta\", \"name\": \"Beta\", \"owner\": \"sam@vendor.example\"}",
                record.replace("NAME_201", "n".repeat(201)),
                "{\"company\": \"gamma\", \"contact\": \"ops@gamma.example\"}");
        Path store = folder.resolve("store");

        CliRun run = CliRun.run(CLOCK, "ingest", "--companies", file.toString(), "--store", store.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(file + ":2: " + field)
                .contains("accepted");
        Stderr.assertNoStackTrace(run);
        try (StoreContents contents = StoreContents.open(store)) {
            assertThat(contents.company("beta").map(Company::owner)).contains("sam@vendor.example");
            assertThat(contents.company("gamma").map(Company::contact)).contains("ops@gamma.example");
            assertThat(contents.company("acme")).as("the rejected record").isEmpty();
        }
    }

    @Test
    void should_say_what_is_accepted_when_a_companies_field_is_not_text() {
        Path file = InputFile.lines(folder, "companies.jsonl", "{\"company\": \"acme\", \"contact\": 42}");

        CliRun run = CliRun.run(CLOCK, "ingest", "--companies", file.toString(), "--store", folder.resolve("store").toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith(file + ":1: contact:")
                .contains("accepted");
    }

    private static void ingest(Path store, Path companies) {
        CliRun run = CliRun.run(CLOCK, "ingest", "--companies", companies.toString(), "--store", store.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }
}

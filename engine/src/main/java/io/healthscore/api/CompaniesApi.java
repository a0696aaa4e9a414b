package io.healthscore.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.healthscore.assessment.Assessment;
import io.healthscore.assessment.EffectiveBand;
import io.healthscore.automation.DeliveryCounts;
import io.healthscore.company.Churn;
import io.healthscore.company.Company;
import io.healthscore.company.CompanyId;
import io.healthscore.json.Json;
import io.healthscore.manual.CompanyReadModel;
import io.healthscore.rules.RuleCatalog;
import io.healthscore.scoring.AssessmentLog;
import io.healthscore.scoring.CompanyScoring;
import io.healthscore.store.CompanyQuery;
import io.healthscore.store.PortfolioRepository;
import io.healthscore.store.PortfolioRow;
import io.healthscore.store.ProvisionalRepository;
import io.healthscore.store.StoredAssessment;
import io.healthscore.views.AssessmentJson;
import io.healthscore.views.ProvisionalJson;
import io.healthscore.views.CompanyHistory;
import io.healthscore.views.CompanyJson;
import io.healthscore.views.ExplainJson;
import io.healthscore.views.HistoryJson;
import io.healthscore.web.Answers;
import io.healthscore.web.Backend;
import io.healthscore.web.Caller;
import io.healthscore.web.ProblemException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The companies: the list view, one company's latest assessment and history, and re-scoring on demand. */
final class CompaniesApi {
    private static final Logger LOG = LoggerFactory.getLogger(CompaniesApi.class);
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final Backend backend;

    CompaniesApi(Backend backend) {
        this.backend = backend;
    }

    /**
     * {@code GET /api/v1/companies}: a page in company id order; {@code nextCursor} fetches the next one. Without
     * {@code month}, the latest month assessed or scored to date, as {@code companies} shows; a company without an
     * assessment of the month is listed with its latest provisional score, marked {@code provisional}.
     */
    void list(Context ctx) {
        PortfolioRepository portfolio = new PortfolioRepository(backend.database());
        YearMonth month = Params.month(ctx);
        CompanyId after = cursor(Params.text(ctx, "cursor"));
        int limit = Params.limit(ctx, DEFAULT_LIMIT, MAX_LIMIT);
        YearMonth shown = month != null ? month : portfolio.latestShownMonth().orElse(null);
        if (shown == null) {
            Answers.json(ctx, new Page(null, List.of(), null));
            return;
        }
        CompanyQuery query = new CompanyQuery(shown, Params.bands(ctx), Params.text(ctx, "segment"),
                Params.text(ctx, "owner"), Params.text(ctx, "q"), CompanyQuery.Sort.COMPANY, false, after, 0, limit + 1);
        List<PortfolioRow> rows = portfolio.page(query);
        boolean more = rows.size() > limit;
        List<PortfolioRow> page = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf(page.get(page.size() - 1).company().id()) : null;
        Answers.json(ctx, new Page(shown, page.stream().map(CompanyJson::view).toList(), next));
    }

    /**
     * {@code GET /api/v1/companies/{id}}: the latest assessment as {@code score --json} has it, with the band shown
     * ({@code effectiveBand}: CHURNED for a churned company), the override in force and the explanation, and the
     * latest provisional score of a later month scored to date ({@code provisional}, null when none).
     */
    void one(Context ctx) {
        CompanyId id = Params.company(ctx);
        CompanyReadModel companies = new CompanyReadModel(backend.database());
        Company company = known(companies, id);
        AssessmentLog log = new AssessmentLog(backend.database());
        StoredAssessment latest = log.history(id).stream().findFirst().orElseThrow(() -> ProblemException.notFound(
                "company " + id + " has no assessment yet; POST /api/v1/companies/" + id + "/score scores it"));
        Optional<Churn> churn = companies.churn(id);
        ObjectNode body = Json.object(AssessmentJson.view(latest.assessment()));
        body.put("name", company.name());
        body.put("owner", company.owner());
        body.put("segment", company.segment());
        body.put("effectiveBand", churn.isPresent() ? EffectiveBand.CHURNED.name()
                : latest.assessment().effectiveBand().name());
        body.set("override", companies.override(id).map(HistoryJson.OverrideJson::of).map(Json::object).orElse(null));
        body.set("churned", churn.map(Json::object).orElse(null));
        Map<String, String> files = log.ruleFiles(latest.assessment().rulesHash());
        body.set("explanation", Json.object(ExplainJson.view(latest, RuleCatalog.of(files),
                log.rulesHistory(latest, files))));
        // a month scored to date after the latest assessment: its latest provisional score, marked with its weeks
        body.set("provisional", new ProvisionalRepository(backend.database()).history(id).stream().findFirst()
                .filter(score -> score.assessment().month().isAfter(latest.assessment().month()))
                .map(score -> Json.object(AssessmentJson.view(score.assessment(), ProvisionalJson.of(score.weeks()))))
                .orElse(null));
        ctx.status(200).contentType("application/json").result(Json.line(body));
    }

    /** {@code GET /api/v1/companies/{id}/history}: as {@code history --json}. */
    void history(Context ctx) {
        CompanyId id = Params.company(ctx);
        CompanyReadModel companies = new CompanyReadModel(backend.database());
        Company company = known(companies, id);
        CompanyHistory history = new CompanyHistory(company, companies.churn(id).orElse(null),
                companies.override(id).orElse(null), new AssessmentLog(backend.database()).history(id),
                companies.activities(id), new ProvisionalRepository(backend.database()).history(id));
        ctx.status(200).contentType("application/json").result(HistoryJson.of(history));
    }

    /** {@code POST /api/v1/companies/{id}/score[?month=]}: as {@code score}, triggers delivered before it answers. */
    void score(Context ctx) {
        CompanyId id = Params.company(ctx);
        YearMonth month = Params.month(ctx);
        YearMonth scored = month != null ? month : CompanyScoring.lastCompleteMonth(backend.clock());
        Assessment assessment = CompanyScoring.on(backend.database(), backend.rules().get(), backend.clock())
                .score(id, scored);
        DeliveryCounts delivery = backend.dispatcher().settle();
        LOG.info("api score {} {} by {}: {} {} ({} triggers emitted; delivery: {})", id, scored, Caller.of(ctx).name(),
                assessment.band(), assessment.score(), assessment.triggers().size(), delivery);
        ctx.status(200).contentType("application/json").result(AssessmentJson.line(assessment));
    }

    /** The company; an unknown one is a 404 (see the server's exception mapping). */
    static Company known(CompanyReadModel companies, CompanyId id) {
        return companies.company(id);
    }

    private static String cursorOf(CompanyId id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.value().getBytes(StandardCharsets.UTF_8));
    }

    private static CompanyId cursor(String text) {
        if (text == null) {
            return null;
        }
        try {
            String id = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            if (CompanyId.isValid(id)) {
                return CompanyId.of(id);
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ProblemException.badField("cursor", "'" + text + "' is not a cursor of this list; accepted: the"
                + " nextCursor of the page before");
    }

    /** One page of the list; {@code nextCursor} is null on the last page. */
    @JsonPropertyOrder({"month", "companies", "nextCursor"})
    record Page(YearMonth month, List<CompanyJson> companies, String nextCursor) {
    }
}

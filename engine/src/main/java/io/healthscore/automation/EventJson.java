package io.healthscore.automation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.healthscore.assessment.Band;
import io.healthscore.json.DriversJson;
import io.healthscore.json.Json;
import io.healthscore.trigger.EmittedTrigger;
import java.time.Instant;
import java.time.YearMonth;

/**
 * The JSON object a trigger is delivered as: a line of the triggers file and the body of a webhook POST (the
 * format the README documents). {@code change} is the manual change that emitted the trigger, when one did;
 * {@code message} is the rendered text template, when the route has one.
 */
@JsonPropertyOrder({"id", "company", "month", "trigger", "band", "previousBand", "score", "previousScore", "rulesHash",
        "emittedAt", "companyName", "owner", "contact", "segment", "drivers", "attempt", "replay", "manual", "change",
        "message"})
record EventJson(String id, String company, YearMonth month, String trigger, Band band, Band previousBand,
        Integer score, Integer previousScore, String rulesHash, Instant emittedAt, String companyName, String owner,
        String contact, String segment, DriversJson drivers, int attempt, boolean replay, boolean manual,
        @JsonInclude(JsonInclude.Include.NON_NULL) Change change,
        @JsonInclude(JsonInclude.Include.NON_NULL) String message) {

    /** The event as one line of JSON. */
    static String of(TriggerEvent event, String message) {
        EmittedTrigger trigger = event.trigger();
        EmittedTrigger.Manual manual = trigger.manual();
        return Json.line(new EventJson(event.id(), trigger.company().value(), trigger.month(), trigger.name(),
                trigger.band(), trigger.previousBand(), trigger.score(), trigger.previousScore(), trigger.rulesHash(),
                trigger.emittedAt(), event.company().name(), event.company().owner(), event.company().contact(),
                event.company().segment(), DriversJson.of(event.drivers()), event.attempt(), event.replay(),
                manual != null, manual == null ? null : new Change(manual.source(), manual.author(), manual.note()),
                message));
    }

    @JsonPropertyOrder({"source", "by", "note"})
    record Change(String source, String by, String note) {
    }
}

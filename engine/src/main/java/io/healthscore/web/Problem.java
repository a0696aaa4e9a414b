package io.healthscore.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An error answer as RFC 9457 has it ({@code application/problem+json}): the status, a short title and a detail
 * that says what to fix; {@code errors} names each bad field when there are several.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
    public static final String CONTENT_TYPE = "application/problem+json";

    /** One field of the request and what is wrong with it. */
    public record FieldError(String field, String reason) {
    }
}

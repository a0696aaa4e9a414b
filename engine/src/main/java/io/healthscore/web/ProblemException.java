package io.healthscore.web;

import java.util.List;

/** Ends a request with a problem answer; thrown by handlers, turned into problem+json (or a page) by the server. */
public final class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final transient List<Problem.FieldError> errors;
    private final String field;

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, null, null);
    }

    private ProblemException(int status, String title, String detail, String field, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
        this.errors = errors;
    }

    /** 400: one field of the request is wrong; {@code detail} says what is accepted. */
    public static ProblemException badField(String field, String detail) {
        return new ProblemException(400, "Invalid " + field, field + ": " + detail, field,
                List.of(new Problem.FieldError(field, detail)));
    }

    public static ProblemException badRequest(String title, String detail) {
        return new ProblemException(400, title, detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The field at fault, or null when the problem is not one field's. */
    public String field() {
        return field;
    }

    public Problem problem(String instance) {
        return new Problem("about:blank", title, status, getMessage(), instance, errors);
    }
}

package io.healthscore;


/** An input record breaks a rule of its format; names the field and what is accepted. */
public class InvalidFieldException extends HealthscoreException {
    private final String field;

    public InvalidFieldException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package io.healthscore.ingest;

import io.healthscore.company.Company;
import io.healthscore.InvalidFieldException;
import java.util.Map;

/** Turns one companies-file record into a company: id required; name, owner, contact, segment optional. */
final class CompanyRecord {
    private CompanyRecord() {
    }

    static Company parse(Map<String, FieldValue> values) {
        RecordFields fields = new RecordFields(values);
        return new Company(fields.companyId("company"), fields.optionalText("name", 200),
                email(fields, "owner"), email(fields, "contact"), fields.optionalText("segment", 100));
    }

    private static String email(RecordFields fields, String field) {
        String email = fields.optionalText(field, 320);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidFieldException(field, "'" + email + "' is not an email address; accepted: name@domain, or empty");
        }
        return email;
    }
}

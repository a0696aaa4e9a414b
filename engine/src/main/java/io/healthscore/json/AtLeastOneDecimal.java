package io.healthscore.json;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * A decimal written plain with at least one decimal place: 55 is 55.0, 70.25 stays 70.25, 61.50 is 61.5. The
 * contract's assessment drivers and the report's percentages read this way.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = AtLeastOneDecimal.Writer.class)
public @interface AtLeastOneDecimal {
    /** The serializer behind the annotation. */
    final class Writer extends StdSerializer<BigDecimal> {
        Writer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator json, SerializerProvider provider) throws IOException {
            BigDecimal stripped = value.stripTrailingZeros();
            json.writeNumber((stripped.scale() < 1 ? stripped.setScale(1) : stripped).toPlainString());
        }
    }
}

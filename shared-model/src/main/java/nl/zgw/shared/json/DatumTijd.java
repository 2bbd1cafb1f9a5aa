package nl.zgw.shared.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import org.eclipse.microprofile.config.ConfigProvider;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A date-time as clients send it: ISO 8601 with an offset, or without one
 * ({@code 2018-04-21T13:37:00}, as the reference implementation and many clients write it), which
 * is read in the configured time zone ({@code zgw.tijdzone}, Europe/Amsterdam by default).
 */
public final class DatumTijd {

    private static volatile ZoneId zone;

    private DatumTijd() {
    }

    /**
     * {@code zgw.tijdzone} (declared in {@code ZgwConfig}), read on first use: the JSON mapper that
     * uses it is made before the service's configuration mappings exist.
     */
    public static ZoneId zone() {
        ZoneId z = zone;
        if (z == null) {
            z = ConfigProvider.getConfig().getOptionalValue("zgw.tijdzone", String.class).map(ZoneId::of)
                    .orElse(ZoneId.of("Europe/Amsterdam"));
            zone = z;
        }
        return z;
    }

    /** The date-time {@code text} names; throws {@link DateTimeParseException} when it names none. */
    public static OffsetDateTime lees(String text) {
        String t = text.trim();
        try {
            return OffsetDateTime.parse(t);
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(t).atZone(zone()).toOffsetDateTime();
        }
    }

    /**
     * For a read-only date-time that a client may send back in any shape (VNG's zrc-004a sends a
     * date): a date-time is read, anything else is taken as absent; the service sets the field.
     */
    public static final class AlleenLezen extends StdScalarDeserializer<OffsetDateTime> {

        public AlleenLezen() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                p.skipChildren();
                return null;
            }
            try {
                return lees(p.getText());
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /** Jackson's reading of every {@link OffsetDateTime} of a body. */
    static final class Deserializer extends StdScalarDeserializer<OffsetDateTime> {

        Deserializer() {
            super(OffsetDateTime.class);
        }

        @Override
        public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (OffsetDateTime) ctxt.handleUnexpectedToken(OffsetDateTime.class, p);
            }
            String text = p.getText();
            if (text.isBlank()) {
                return null; // as Jackson's own reading of date-times takes "" (a field left empty)
            }
            try {
                return lees(text);
            } catch (DateTimeParseException e) {
                return (OffsetDateTime) ctxt.handleWeirdStringValue(OffsetDateTime.class, text,
                        "not an ISO 8601 date-time");
            }
        }
    }
}

package nl.zgw.shared.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.jackson.ObjectMapperCustomizer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import jakarta.inject.Singleton;

import java.time.OffsetDateTime;

/**
 * JSON as ZGW clients expect it: every property the spec defines is written, {@code null} where
 * empty; dates and times as ISO-8601 text (a date-time without an offset read in the configured time
 * zone, see {@link DatumTijd}); unknown input properties are ignored (as the reference
 * implementations do) but a value of the wrong shape is an error, never silently truncated. A JSON
 * document is at most {@value #MAX_DOCUMENT} bytes, so no request body can make a service hold more
 * (the Documenten API streams document content past this limit on purpose).
 */
@Singleton
public class ZgwObjectMapperCustomizer implements ObjectMapperCustomizer {

    public static final long MAX_DOCUMENT = 32L * 1024 * 1024;

    /** Last, after the modules the platform registers, so the deserializers below are the ones used. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        // a date-time without an offset is read in the configured time zone (DatumTijd); registered
        // after the JavaTimeModule (priority), so it is the one that reads OffsetDateTime
        mapper.registerModule(new SimpleModule("zgw-datumtijd").addDeserializer(OffsetDateTime.class,
                new DatumTijd.Deserializer()));
        mapper.registerModule(GeenNul.module());
        mapper.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS,
                JsonInclude.Include.ALWAYS));
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        mapper.disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
        mapper.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(MAX_DOCUMENT).build());
    }
}

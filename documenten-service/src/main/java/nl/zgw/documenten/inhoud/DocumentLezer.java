package nl.zgw.documenten.inhoud;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Reads a document's JSON body as it streams in: the base64 {@code inhoud} (the 1.0 way of
 * uploading) is decoded straight into the storage, so a body of gigabytes costs no more memory than
 * a small one; the other fields are kept as a JSON object for binding and validation.
 */
@ApplicationScoped
public class DocumentLezer {

    /** What a body may hold besides its content: far above any document's fields. */
    static final long MAX_VELDEN = 1024 * 1024;

    private final ObjectMapper json;
    /** Reads one field's value at a time: the next field is no trailing token. */
    private final ObjectReader veld;
    /** Without the document length limit of the other JSON bodies: the content may be gigabytes. */
    private final JsonFactory stroom;
    private final InhoudOpslag opslag;

    public DocumentLezer(ObjectMapper json, InhoudOpslag opslag) {
        this.json = json;
        this.veld = json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.stroom = json.getFactory().copy().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(-1).build());
        this.opslag = opslag;
    }

    public DocumentVerzoek lees(InputStream body) {
        ObjectNode velden = json.createObjectNode();
        DocumentVerzoek.Inhoud inhoud = DocumentVerzoek.Inhoud.AFWEZIG;
        InhoudOpslag.Opgeslagen opgeslagen = null;
        long veldBytes = 0;
        try (JsonParser parser = stroom.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ValidationException(List.of(FieldValidationError.nonField("invalid",
                        "Ongeldige data: een JSON-object wordt verwacht.")));
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String naam = parser.currentName();
                JsonToken waarde = parser.nextToken();
                if (!"inhoud".equals(naam)) {
                    long begin = parser.currentTokenLocation().getByteOffset();
                    velden.set(naam, veld.readTree(parser));
                    veldBytes += parser.currentLocation().getByteOffset() - begin;
                    if (veldBytes > MAX_VELDEN) {
                        throw new ValidationException(List.of(FieldValidationError.nonField("max_size",
                                "De velden naast de inhoud zijn samen groter dan " + MAX_VELDEN + " bytes.")));
                    }
                } else if (inhoud != DocumentVerzoek.Inhoud.AFWEZIG) {
                    throw ValidationException.of("inhoud", "invalid", "De inhoud staat meer dan eens in het verzoek.");
                } else if (waarde == JsonToken.VALUE_NULL) {
                    inhoud = DocumentVerzoek.Inhoud.NULL;
                } else if (waarde == JsonToken.VALUE_STRING) {
                    opgeslagen = decodeer(parser);
                    inhoud = DocumentVerzoek.Inhoud.GEGEVEN;
                } else {
                    throw ValidationException.of("inhoud", "invalid", "Verwacht de inhoud als base64-tekst.");
                }
            }
            if (parser.nextToken() != null) {
                throw new BadRequestException(new JsonProcessingException("trailing content after the JSON object") {
                });
            }
        } catch (JsonProcessingException e) {
            verwijder(opgeslagen);
            throw new BadRequestException(e);
        } catch (IOException e) {
            verwijder(opgeslagen);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            verwijder(opgeslagen);
            throw e;
        }
        return new DocumentVerzoek(velden, inhoud, opgeslagen, opslag);
    }

    /** The base64 value under the parser, decoded into new content as it is read. */
    private InhoudOpslag.Opgeslagen decodeer(JsonParser parser) throws IOException {
        try (InhoudOpslag.Schrijver schrijver = opslag.nieuw()) {
            try {
                parser.readBinaryValue(schrijver.uit());
            } catch (JsonProcessingException | IllegalArgumentException e) { // streaming decode reports bad base64 as either
                String reden = String.valueOf(e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage());
                throw ValidationException.of("inhoud", reden.contains("padding") ? "incorrect-base64-padding"
                        : "invalid-base64", "De inhoud is geen geldige base64.");
            }
            return schrijver.klaar();
        }
    }

    private void verwijder(InhoudOpslag.Opgeslagen opgeslagen) {
        if (opgeslagen != null) {
            opslag.verwijder(opgeslagen.sleutel());
        }
    }
}

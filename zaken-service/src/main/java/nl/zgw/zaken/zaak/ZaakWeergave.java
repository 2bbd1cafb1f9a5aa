package nl.zgw.zaken.zaak;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.zgw.zaken.onderdeel.Soort;

/**
 * A zaak of a list as the API shows it, written straight from the stored JSON text: the same
 * fields with the same values in the same order as {@link Zaak}, without building a tree or a
 * record for it. The stored values are copied as PostgreSQL wrote them (one pass of the tokenizer
 * finds where each top-level value starts and ends), so inside a gegevensgroep (verlenging,
 * kenmerken...) the members come in PostgreSQL's order, which JSON leaves free; what is computed
 * (URL, einddatum, hoofdzaak, the objects inside the zaak, its status) is written from the page's
 * {@link ZaakMapper.Inhoud}. A list asks for this only without {@code expand} and {@code fields};
 * {@code ZakenLijstTest} holds it equal to the detail, which goes through the record.
 */
public final class ZaakWeergave implements JsonSerializable {

    /** The fields of {@link Zaak} in order, as named in JSON ({@code _expand} is never written here). */
    static final String[] VELDEN = Arrays.stream(Zaak.class.getRecordComponents())
            .map(ZaakWeergave::naam).filter(n -> !n.equals("_expand")).toArray(String[]::new);
    private static final Map<String, Integer> POSITIE = new HashMap<>();
    private static final JsonFactory TOKENS = new JsonFactory();

    /** The fields computed here (see {@link #berekend}); every other one is copied from the stored data. */
    private static final Set<String> BEREKEND = Set.of("url", "uuid", "einddatum", "hoofdzaak",
            "betalingsindicatieWeergave", "deelzaken", "eigenschappen", "rollen", "status", "zaakinformatieobjecten",
            "zaakobjecten", "resultaat");
    private static final boolean[] OPGESLAGEN = new boolean[VELDEN.length];
    private static final int BETALINGSINDICATIE = Arrays.asList(VELDEN).indexOf("betalingsindicatie");

    static {
        for (int i = 0; i < VELDEN.length; i++) {
            POSITIE.put(VELDEN[i], i);
            OPGESLAGEN[i] = !BEREKEND.contains(VELDEN[i]);
        }
    }

    private final ZaakStore.AlsTekst zaak;
    private final String url;
    private final String hoofdzaak;
    private final List<String> deelzaken;
    private final Map<Soort, List<String>> onderdelen;
    private final String status;

    ZaakWeergave(ZaakStore.AlsTekst zaak, String url, String hoofdzaak, ZaakMapper.Inhoud inhoud) {
        this.zaak = zaak;
        this.url = url;
        this.hoofdzaak = hoofdzaak;
        this.deelzaken = inhoud.deelzaken().getOrDefault(zaak.uuid(), List.of());
        this.onderdelen = inhoud.onderdelen().getOrDefault(zaak.uuid(), Map.of());
        this.status = inhoud.status().get(zaak.uuid());
    }

    @Override
    public void serialize(JsonGenerator gen, SerializerProvider serializers) throws IOException {
        gen.writeStartObject();
        writeFields(gen);
        gen.writeEndObject();
    }

    @Override
    public void serializeWithType(JsonGenerator gen, SerializerProvider serializers, TypeSerializer typeSer)
            throws IOException {
        WritableTypeId id = typeSer.writeTypePrefix(gen, typeSer.typeId(this, JsonToken.START_OBJECT));
        writeFields(gen);
        typeSer.writeTypeSuffix(gen, id);
    }

    /** The zaak's fields, inside an object the caller opened. */
    private void writeFields(JsonGenerator gen) throws IOException {
        String data = zaak.data();
        int[] begin = new int[VELDEN.length];
        int[] eind = new int[VELDEN.length];
        String betalingsindicatie = "";
        try (JsonParser p = TOKENS.createParser(data)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("stored zaak " + zaak.uuid() + " is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                Integer i = POSITIE.get(p.currentName());
                JsonToken value = p.nextToken();
                int from = (int) p.currentTokenLocation().getCharOffset();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    p.skipChildren();
                } else if (i != null && value == JsonToken.VALUE_STRING && i == BETALINGSINDICATIE) {
                    betalingsindicatie = p.getText();
                } else {
                    p.finishToken();
                }
                if (i != null && OPGESLAGEN[i]) {
                    begin[i] = from;
                    eind[i] = (int) p.currentLocation().getCharOffset();
                }
            }
        }
        for (int i = 0; i < VELDEN.length; i++) {
            gen.writeFieldName(VELDEN[i]);
            if (OPGESLAGEN[i]) {
                stored(gen, VELDEN[i], data, begin[i], eind[i]);
            } else {
                berekend(gen, VELDEN[i], betalingsindicatie);
            }
        }
    }

    /** A computed field (one of {@link #BEREKEND}). */
    private void berekend(JsonGenerator gen, String veld, String betalingsindicatie) throws IOException {
        switch (veld) {
            case "url" -> gen.writeString(url);
            case "uuid" -> gen.writeString(zaak.uuid().toString());
            case "einddatum" -> string(gen, zaak.einddatum() == null ? null : zaak.einddatum().toString());
            case "hoofdzaak" -> string(gen, hoofdzaak);
            case "betalingsindicatieWeergave" -> gen.writeString(ZaakMapper.weergave(betalingsindicatie));
            case "deelzaken" -> array(gen, deelzaken);
            case "eigenschappen" -> array(gen, onderdelen.getOrDefault(Soort.ZAAKEIGENSCHAP, List.of()));
            case "rollen" -> array(gen, onderdelen.getOrDefault(Soort.ROL, List.of()));
            case "status" -> string(gen, status);
            case "zaakinformatieobjecten" -> array(gen, onderdelen.getOrDefault(Soort.ZAAKINFORMATIEOBJECT, List.of()));
            case "zaakobjecten" -> array(gen, onderdelen.getOrDefault(Soort.ZAAKOBJECT, List.of()));
            case "resultaat" -> {
                List<String> resultaat = onderdelen.getOrDefault(Soort.RESULTAAT, List.of());
                string(gen, resultaat.isEmpty() ? null : resultaat.get(0));
            }
            default -> throw new IllegalStateException("not a computed field of a zaak: " + veld);
        }
    }

    /** A stored value as stored; an absent one as {@link Zaak} answers it (null, or an empty gegevensgroep). */
    private static void stored(JsonGenerator gen, String veld, String data, int from, int to) throws IOException {
        boolean absent = to == 0 || data.startsWith("null", from);
        if (absent && veld.equals("verlenging")) {
            new Zaak.LegeVerlenging().serialize(null, gen, null);
        } else if (absent && veld.equals("opschorting")) {
            new Zaak.LegeOpschorting().serialize(null, gen, null);
        } else if (absent) {
            gen.writeNull();
        } else {
            gen.writeRawValue(data, from, to - from);
        }
    }

    private static void string(JsonGenerator gen, String value) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeString(value);
        }
    }

    private static void array(JsonGenerator gen, List<String> values) throws IOException {
        gen.writeStartArray();
        for (String value : values) {
            gen.writeString(value);
        }
        gen.writeEndArray();
    }

    private static String naam(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }
}

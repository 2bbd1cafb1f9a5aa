package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.sql.Where;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * The shapes of {@code Rol.betrokkeneIdentificatie} (per betrokkeneType) and
 * {@code ZaakObject.objectIdentificatie} (per objectType), checked the way Open Zaak's serializers
 * do. The facts come from {@code shapes/identificatie-shapes.json}, generated from the spec by
 * {@code shapes/generate.py}; nothing about a shape is coded here.
 */
@ApplicationScoped
public class IdentificatieShapes {

    static final String RESOURCE = "shapes/identificatie-shapes.json";

    /** Open Zaak gives its only regex validator (inpA_nummer) a code of its own. */
    private static final Map<String, String> PATTERN_CODES = Map.of("inpA_nummer", "a-nummer-incorrect-format");
    private static final Map<String, String> TYPE_REASONS = Map.of(
            "string", "Geen geldige tekst.",
            "integer", "Een geldig geheel getal is vereist.",
            "number", "Een geldig getal is vereist.",
            "boolean", "Een geldige booleaanse waarde is vereist.",
            "object", "Ongeldige gegevens, verwacht een object.",
            "array", "Verwacht een lijst van items.");

    public record RolFilter(String betrokkeneType, List<String> path) {
        public RolFilter {
            path = List.copyOf(path);
        }
    }

    private final JsonNode facts;
    private final Map<String, RolFilter> rolFilters;
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    public IdentificatieShapes(ObjectMapper mapper) {
        try (InputStream in = IdentificatieShapes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            facts = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable resource " + RESOURCE, e);
        }
        rolFilters = mapper.convertValue(facts.path("rolFilters"),
                new TypeReference<LinkedHashMap<String, RolFilter>>() { });
    }

    /** True for every betrokkeneType ({@code kind} "rol") or objectType ("zaakobject") of the spec. */
    public boolean knownDiscriminator(String kind, String value) {
        return value != null && facts.path(kind).has(value);
    }

    public Optional<RolFilter> rolFilter(String parameterName) {
        return Optional.ofNullable(rolFilters.get(parameterName));
    }

    public Set<String> rolFilterParameters() {
        return Collections.unmodifiableSet(rolFilters.keySet());
    }

    /**
     * The SQL for {@code betrokkeneIdentificatie__<type>__<field>} filters ({@code values} by that
     * name; empty values filter nothing): the rol ({@code alias}) has that betrokkeneType and its
     * identificatie contains the value, a test the GIN index on the identificatie answers.
     */
    public Where rolConditions(Map<String, String> values, String alias, ObjectMapper json) {
        Where where = new Where();
        values.forEach((name, value) -> {
            if (value == null || value.isEmpty()) {
                return;
            }
            RolFilter filter = rolFilter(name).orElseThrow();
            ObjectNode probe = json.createObjectNode();
            ObjectNode at = probe;
            for (int i = 0; i < filter.path().size() - 1; i++) {
                at = at.putObject(filter.path().get(i));
            }
            at.put(filter.path().get(filter.path().size() - 1), value);
            where.and(alias + ".subsoort = ? AND " + alias + ".data -> 'betrokkeneIdentificatie' @> cast(? as jsonb)",
                    filter.betrokkeneType(), probe.toString());
        });
        return where;
    }

    /**
     * Errors of {@code identificatie} against the shape of {@code discriminator}, named from
     * {@code fieldName} ({@code betrokkeneIdentificatie.verblijfsadres.aoaPostcode}). Absent or
     * null identificatie and types without a shape give no errors; unknown keys are ignored.
     */
    public List<FieldValidationError> validate(String kind, String discriminator, JsonNode identificatie,
            String fieldName) {
        if (identificatie == null || identificatie.isNull() || identificatie.isMissingNode()) {
            return List.of();
        }
        if (!identificatie.isObject()) {
            return List.of(error(fieldName, "invalid", TYPE_REASONS.get("object")));
        }
        JsonNode shape = facts.path(kind).path(discriminator);
        if (!shape.isObject()) {
            return List.of();
        }
        List<FieldValidationError> errors = new ArrayList<>();
        checkShape(shape, identificatie, fieldName, errors);
        return errors;
    }

    private void checkShape(JsonNode shape, JsonNode value, String name, List<FieldValidationError> errors) {
        for (JsonNode required : shape.path("required")) {
            if (!value.has(required.asText())) {
                errors.add(error(name + "." + required.asText(), "required", "Dit veld is vereist."));
            }
        }
        for (Map.Entry<String, JsonNode> field : shape.path("fields").properties()) {
            JsonNode present = value.get(field.getKey());
            if (present != null) {
                checkField(field.getKey(), field.getValue(), present, name + "." + field.getKey(), errors);
            }
        }
    }

    private void checkField(String key, JsonNode field, JsonNode value, String name,
            List<FieldValidationError> errors) {
        if (value.isNull()) {
            // Like DRF: an explicit null is "null", also on a required field; only absence is "required".
            if (!field.path("nullable").asBoolean()) {
                errors.add(error(name, "null", "Dit veld mag niet leeg zijn."));
            }
            return;
        }
        String type = field.path("type").asText();
        if (!hasType(type, value)) {
            errors.add(error(name, type.equals("array") ? "not_a_list" : "invalid", TYPE_REASONS.get(type)));
            return;
        }
        switch (type) {
            case "string" -> checkString(key, field, value.textValue(), name, errors);
            case "integer", "number" -> checkRange(field, value.decimalValue(), name, errors);
            case "object" -> checkShape(field.path("shape"), value, name, errors); // no shape: any object
            case "array" -> {
                for (int i = 0; i < value.size(); i++) {
                    checkField(key, field.path("items"), value.get(i), name + "." + i, errors);
                }
            }
        }
    }

    private static boolean hasType(String type, JsonNode value) {
        return switch (type) {
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            default -> throw new IllegalStateException("Unknown type " + type + " in " + RESOURCE);
        };
    }

    private void checkString(String key, JsonNode field, String text, String name, List<FieldValidationError> errors) {
        int length = text.codePointCount(0, text.length()); // Python counts code points, not UTF-16 units
        if (field.has("maxLength") && length > field.get("maxLength").asInt()) {
            errors.add(error(name, "max_length", "Zorg ervoor dat dit veld niet meer dan "
                    + field.get("maxLength").asInt() + " karakters bevat."));
        }
        if (field.has("minLength") && length < field.get("minLength").asInt()) {
            errors.add(error(name, "min_length", "Zorg ervoor dat dit veld minimaal "
                    + field.get("minLength").asInt() + " karakters bevat."));
        }
        if (field.has("enum") && StreamSupport.stream(field.get("enum").spliterator(), false)
                .noneMatch(option -> option.asText().equals(text))) {
            errors.add(error(name, "invalid_choice", "\"" + text + "\" is een ongeldige keuze."));
        }
        if (text.isEmpty()) {
            return; // the spec sets no minLength here, so blank is allowed and DRF skips validators
        }
        if (field.has("pattern") && !patterns.computeIfAbsent(field.get("pattern").asText(), Pattern::compile)
                .matcher(text).find()) {
            errors.add(error(name, PATTERN_CODES.getOrDefault(key, "invalid"),
                    "Deze waarde heeft niet het vereiste formaat."));
        }
        String format = field.path("format").asText("");
        if (!format.isEmpty() && !matchesFormat(format, text)) {
            errors.add(error(name, "invalid", "Deze waarde is geen geldige " + format + "."));
        }
    }

    private static boolean matchesFormat(String format, String text) {
        try {
            switch (format) {
                case "date" -> LocalDate.parse(text);
                case "date-time" ->
                    DateTimeFormatter.ISO_DATE_TIME.parseBest(text, OffsetDateTime::from, LocalDateTime::from);
                case "uri" -> {
                    URI uri = new URI(text);
                    String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
                    return uri.getHost() != null && (scheme.equals("http") || scheme.equals("https"));
                }
                default -> { } // other formats carry no rule here
            }
            return true;
        } catch (DateTimeParseException | URISyntaxException e) {
            return false;
        }
    }

    private static void checkRange(JsonNode field, BigDecimal number, String name, List<FieldValidationError> errors) {
        if (field.has("maximum") && number.compareTo(field.get("maximum").decimalValue()) > 0) {
            errors.add(error(name, "max_value", "Zorg ervoor dat deze waarde kleiner is dan of gelijk is aan "
                    + field.get("maximum").asText() + "."));
        }
        if (field.has("minimum") && number.compareTo(field.get("minimum").decimalValue()) < 0) {
            errors.add(error(name, "min_value", "Zorg ervoor dat deze waarde groter is dan of gelijk is aan "
                    + field.get("minimum").asText() + "."));
        }
    }

    private static FieldValidationError error(String name, String code, String reason) {
        return new FieldValidationError(name, code, reason);
    }
}

package nl.zgw.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A request body that is not JSON ({@code parse_error}), has a value of the wrong type
 * ({@code invalid}) or an enum value the API does not know ({@code invalid_choice}).
 */
@Provider
public class JsonInputExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    private static final ObjectMapper WIRE = new ObjectMapper();

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return toProblem(exception);
    }

    static Response toProblem(JsonProcessingException exception) {
        if (exception.getCause() instanceof ZgwException own) {
            return ProblemResponses.of(own); // a rule checked while the body was read
        }
        if (!(exception instanceof JsonMappingException mapping)) {
            return ProblemResponses.fout(400, "parse_error", "Malformed request.",
                    "De inhoud van het verzoek is geen geldige JSON.");
        }
        if (mapping.getPath().isEmpty()) {
            return ProblemResponses.validation(List.of(FieldValidationError.nonField("invalid",
                    "Ongeldige data: een JSON-object wordt verwacht.")));
        }
        String name = JsonPaths.of(mapping.getPath());
        if (exception instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String choices = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(JsonInputExceptionMapper::wireValue)
                    .collect(Collectors.joining(", "));
            return ProblemResponses.validation(List.of(new FieldValidationError(name, "invalid_choice",
                    "\"" + format.getValue() + "\" is geen geldige keuze; kies uit: " + choices + ".")));
        }
        if (exception instanceof InvalidFormatException format && format.getValue() instanceof String text
                && text.indexOf('\u0000') >= 0) {
            return ProblemResponses.validation(List.of(new FieldValidationError(name, "invalid",
                    "Tekst mag geen NUL-teken (\\u0000) bevatten.")));
        }
        return ProblemResponses.validation(List.of(new FieldValidationError(name, "invalid",
                "Ongeldige waarde of type voor dit veld.")));
    }

    /** The value an enum constant has on the wire (its {@code @JsonValue}), not its Java name. */
    private static String wireValue(Object constant) {
        try {
            return WIRE.writeValueAsString(constant).replace("\"", "");
        } catch (JsonProcessingException e) {
            return constant.toString();
        }
    }
}

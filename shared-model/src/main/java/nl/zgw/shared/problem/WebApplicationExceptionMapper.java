package nl.zgw.shared.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What the REST layer itself rejects (unknown route, wrong method, unacceptable or unsupported
 * media type, unreadable body) as a ZGW problem instead of an empty or HTML response.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        if (exception.getCause() instanceof JsonProcessingException json) {
            return JsonInputExceptionMapper.toProblem(json);
        }
        int status = exception.getResponse() == null ? 500 : exception.getResponse().getStatus();
        Response problem = switch (status) {
            case 400 -> ProblemResponses.fout(400, "parse_error", "Malformed request.",
                    "Het verzoek kan niet worden gelezen.");
            case 401 -> ProblemResponses.fout(401, "not_authenticated", "Authenticatiegegevens zijn niet opgegeven.",
                    "Geen geldige autorisatie.");
            case 403 -> ProblemResponses.fout(403, "permission_denied",
                    "U heeft geen toestemming om deze actie uit te voeren.", "Geen toestemming.");
            case 404 -> ProblemResponses.fout(404, "not_found", "Niet gevonden.",
                    "De gevraagde resource bestaat niet.");
            case 405 -> ProblemResponses.fout(405, "method_not_allowed", "Methode niet toegestaan.",
                    "Deze HTTP-methode is niet toegestaan op deze resource.");
            case 406 -> ProblemResponses.fout(406, "not_acceptable", "Kan niet voldoen aan de opgegeven Accept header.",
                    "Deze resource levert alleen application/json.");
            case 415 -> ProblemResponses.fout(415, "unsupported_media_type", "Unsupported media type.",
                    "Het mediatype van de inhoud wordt niet ondersteund; gebruik application/json.");
            default -> status >= 500
                    ? ProblemResponses.serverError(status, "error", "Er is een serverfout opgetreden.",
                    "Er is een onverwachte fout opgetreden.", exception)
                    : ProblemResponses.fout(status, "error", "Fout.", "Het verzoek kan niet worden verwerkt.");
        };
        if (status == 405 && exception.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(problem).header("Allow", exception.getResponse().getHeaderString("Allow"))
                    .build();
        }
        return problem;
    }
}

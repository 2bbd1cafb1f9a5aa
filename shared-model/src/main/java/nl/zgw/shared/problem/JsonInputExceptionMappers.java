package nl.zgw.shared.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The REST layer ships its own mappers for these Jackson exceptions (plain JSON without the ZGW
 * shape); these take precedence so a body of the wrong shape is a {@code ValidatieFout} too.
 */
public class JsonInputExceptionMappers {

    @ServerExceptionMapper(priority = 1)
    public Response mismatchedInput(MismatchedInputException e) {
        return JsonInputExceptionMapper.toProblem(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e) {
        return JsonInputExceptionMapper.toProblem(e);
    }

    @ServerExceptionMapper(priority = 1)
    public Response parse(JsonParseException e) {
        return JsonInputExceptionMapper.toProblem(e);
    }
}

package nl.zgw.shared.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ZgwExceptionMapper implements ExceptionMapper<ZgwException> {

    @Override
    public Response toResponse(ZgwException exception) {
        return ProblemResponses.of(exception);
    }
}

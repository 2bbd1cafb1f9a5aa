package nl.zgw.shared.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import nl.zgw.shared.problem.NotAcceptableException;
import nl.zgw.shared.problem.PreconditionFailedException;

import java.util.Set;

/**
 * CRS negotiation for geo endpoints: only WGS84 ({@value #EPSG_4326}) is offered. A missing header
 * is a 412, any other coordinate system a 406. A DELETE answers no geometry and sends none, so it
 * needs neither header (the specification lists them; the reference implementation and its clients
 * leave them out); one that is sent must still name WGS84.
 */
@Provider
@GeoCrs
public class CrsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String EPSG_4326 = "EPSG:4326";
    public static final String ACCEPT_CRS = "Accept-Crs";
    public static final String CONTENT_CRS = "Content-Crs";

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    @Override
    public void filter(ContainerRequestContext request) {
        if ("DELETE".equals(request.getMethod())) {
            for (String header : new String[]{ACCEPT_CRS, CONTENT_CRS}) {
                String value = request.getHeaderString(header);
                if (value != null && !value.isBlank()) {
                    require(value, header);
                }
            }
            return;
        }
        if (WRITES.contains(request.getMethod())) {
            require(request.getHeaderString(CONTENT_CRS), CONTENT_CRS);
        }
        require(request.getHeaderString(ACCEPT_CRS), ACCEPT_CRS);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() < 300) {
            response.getHeaders().putSingle(CONTENT_CRS, EPSG_4326);
        }
    }

    private static void require(String value, String header) {
        if (value == null || value.isBlank()) {
            throw new PreconditionFailedException("'" + header + "' header ontbreekt.");
        }
        if (!EPSG_4326.equalsIgnoreCase(value.trim())) {
            throw new NotAcceptableException("CRS '" + value.trim() + "' is niet ondersteund; gebruik " + EPSG_4326 + ".");
        }
    }
}

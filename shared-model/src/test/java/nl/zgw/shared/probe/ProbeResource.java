package nl.zgw.shared.probe;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.Scopes;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.http.ETagged;
import nl.zgw.shared.http.GeoCrs;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.problem.ConflictException;
import nl.zgw.shared.ref.ResourceUrls;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/** Endpoints that exist only to drive the shared HTTP behaviour in tests. */
@Path("/probes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProbeResource {

    static final UUID KNOWN = UUID.fromString("11111111-2222-3333-4444-555555555555");

    private final ResourceUrls urls;
    private final CurrentCaller caller;

    public ProbeResource(ResourceUrls urls, CurrentCaller caller) {
        this.urls = urls;
        this.caller = caller;
    }

    @POST
    public Response create(@Valid @NotNull ProbeDto probe) {
        return Response.status(201).entity(probe).build();
    }

    /** A body read as a JSON tree, as partial updates read theirs. */
    @POST
    @Path("/boom")
    public com.fasterxml.jackson.databind.node.ObjectNode boom(com.fasterxml.jackson.databind.node.ObjectNode body) {
        return body;
    }

    @GET
    public Page<String> list(@QueryParam("page") String page, @QueryParam("naam") String naam, @Context UriInfo uri) {
        PageRequest request = PageRequest.parse(page, null, 2);
        List<String> all = IntStream.rangeClosed(1, 5).mapToObj(i -> "p" + i).toList();
        request.requireExists(all.size());
        int from = (int) Math.min(request.offset(), all.size());
        List<String> slice = all.subList(from, Math.min(from + request.pageSize(), all.size()));
        return Page.of(request, all.size(), slice, uri.getRequestUri());
    }

    @GET
    @Path("/{uuid}")
    @ETagged
    public ProbeDto read(@PathParam("uuid") UUID uuid, @QueryParam("naam") String naam) {
        if (!KNOWN.equals(uuid)) {
            throw new nl.zgw.shared.problem.NotFoundException("Probe bestaat niet.");
        }
        return new ProbeDto(naam == null ? "a" : naam, 1, ProbeStatus.ZEER_GEHEIM, LocalDate.of(2026, 11, 24),
                OffsetDateTime.of(2026, 11, 24, 10, 15, 0, 0, ZoneOffset.UTC), null, null, List.of());
    }

    @GET
    @Path("/limited")
    public Map<String, Integer> limited(@QueryParam("maxResults") @jakarta.validation.constraints.Max(10) Integer maxResults) {
        return Map.of("maxResults", maxResults);
    }

    @GET
    @Path("/geo")
    @GeoCrs
    public Map<String, String> geoRead() {
        return Map.of("type", "Point");
    }

    @POST
    @Path("/geo")
    @GeoCrs
    public Map<String, String> geoWrite(Map<String, String> body) {
        return body;
    }

    @GET
    @Path("/secure")
    @Authenticated
    public Map<String, String> secure(@Context SecurityContext security) {
        return Map.of("clientId", security.getUserPrincipal().getName());
    }

    @GET
    @Path("/scoped")
    @Scopes({"zaken.lezen", "zaken.geforceerd-bijwerken"})
    public Map<String, Boolean> scoped(@QueryParam("vertrouwelijkheidaanduiding") String va) {
        caller.requireAllowed("zaken.lezen", ProbeAutorisaties.ZAAKTYPE,
                va == null ? null : Vertrouwelijkheidaanduiding.ofValue(va).orElseThrow());
        return Map.of("allowed", true);
    }

    @GET
    @Path("/forbidden")
    @RolesAllowed("nobody-has-this")
    public Map<String, String> forbidden() {
        return Map.of();
    }

    @GET
    @Path("/conflict")
    public Map<String, String> conflict() {
        throw new ConflictException("zaak-afgesloten", "De zaak is afgesloten.");
    }

    @GET
    @Path("/boom")
    public Map<String, String> boom() {
        throw new IllegalStateException("secret internal detail");
    }

    @GET
    @Path("/self")
    public Map<String, String> self() {
        return Map.of("url", urls.own("probes", KNOWN).toString());
    }
}

package nl.zgw.zaken.openapi;

import nl.zgw.shared.openapi.ZgwOpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.Set;

/**
 * What the Zaken API 1.7.0 document says beyond the generated one: the headers the API reads
 * ({@code X-Audit-Toelichting} for the audit trail, {@code X-NLX-Logrecord-ID} which it accepts),
 * the CRS headers of the zaken endpoints ({@code @GeoCrs}), {@code If-None-Match} on the details
 * with an ETag, URL and ordering filters as the specification types them.
 */
public class ZakenOpenApiFilter extends ZgwOpenApiFilter {

    /** The changes the specification documents the audit headers for. */
    private static final Set<String> AUDITED = Set.of("DELETE /resultaten/{uuid}", "DELETE /rollen/{uuid}",
            "DELETE /zaakcontactmomenten/{uuid}", "DELETE /zaakverzoeken/{uuid}", "DELETE /zaken/{uuid}",
            "PATCH /resultaten/{uuid}", "PATCH /zaken/{uuid}", "POST /klantcontacten", "POST /resultaten",
            "POST /rollen", "POST /statussen", "POST /zaakcontactmomenten", "POST /zaakobjecten", "POST /zaakverzoeken",
            "POST /zaken/{zaak_uuid}/zaakeigenschappen", "POST /zaken", "PUT /resultaten/{uuid}", "PUT /zaken/{uuid}",
            "POST /zaakinformatieobjecten", "PUT /zaakinformatieobjecten/{uuid}", "PATCH /zaakinformatieobjecten/{uuid}",
            "DELETE /zaakinformatieobjecten/{uuid}", "POST /zaken/{zaak_uuid}/besluiten",
            "DELETE /zaken/{zaak_uuid}/besluiten/{uuid}");
    private static final Set<String> GEO = Set.of("/zaken", "/zaken/{uuid}", "/zaken/_zoek");
    /** Filters of the lists inside zaken whose value is a URL. */
    private static final Set<String> URL_FILTERS = Set.of("zaak", "statustype", "resultaattype", "roltype",
            "betrokkene", "object", "contactmoment", "verzoek", "informatieobject");
    private static final String API = "/api/v1";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        super.filterOpenAPI(openAPI);
        if (openAPI.getPaths() == null) {
            return;
        }
        ZakenSchemas.apply(openAPI);
        openAPI.getPaths().getPathItems().forEach((fullPath, item) -> item.getOperations().forEach((method, op) -> {
            String path = fullPath.substring(fullPath.indexOf(API) + API.length());
            String key = method + " " + path;
            if (op.getOperationId() == null) { // UitbreidbaarResource: one detail GET/HEAD for four resources
                detailOf(path).ifPresent(soort -> {
                    String name = soort.resource();
                    boolean head = method == PathItem.HttpMethod.HEAD;
                    op.setOperationId(name + (head ? "_headers" : "_retrieve"));
                    op.setSummary(head ? "De headers voor een specifiek(e) " + name.toUpperCase() + " opvragen."
                            : "Een specifieke " + name.toUpperCase() + " opvragen.");
                });
            }
            if (AUDITED.contains(key)) {
                header(op, "X-Audit-Toelichting", false, null);
                header(op, "X-NLX-Logrecord-ID", false, null);
            }
            if (GEO.contains(path)) {
                header(op, "Accept-Crs", true, "EPSG:4326");
                header(op, "Content-Crs", true, "EPSG:4326");
                { // a CRS header missing: 412 (CrsFilter)
                    op.getResponses().addAPIResponse("412", OASFactory.createAPIResponse().description("Precondition failed")
                            .content(OASFactory.createContent().addMediaType("application/problem+json",
                                    OASFactory.createMediaType().schema(OASFactory.createSchema()
                                            .ref("#/components/schemas/Fout")))));
                }
            }
            boolean detail = path.endsWith("{uuid}") && (method == PathItem.HttpMethod.GET
                    || method == PathItem.HttpMethod.HEAD);
            if (detail && op.getParameters() != null && item.getHEAD() != null) {
                header(op, "If-None-Match", false, null);
            }
            if (op.getParameters() != null) {
                for (Parameter p : op.getParameters()) {
                    if (p.getIn() != Parameter.In.QUERY || p.getSchema() == null) {
                        continue;
                    }
                    if (method == PathItem.HttpMethod.GET && URL_FILTERS.contains(p.getName()) && !path.startsWith("/zaken")) {
                        p.getSchema().setFormat("uri");
                    }
                    if ("ordering".equals(p.getName()) && p.getSchema().getEnumeration() != null) {
                        p.setStyle(Parameter.Style.FORM);
                        p.setExplode(false); // ordering=a,b
                        Schema items = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
                        items.setEnumeration(p.getSchema().getEnumeration());
                        p.getSchema().setEnumeration(null);
                        p.getSchema().setItems(items);
                    }
                }
            }
        }));
    }

    private static void header(Operation op, String name, boolean required, String only) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        if (only != null) {
            schema.addEnumeration(only);
        }
        op.addParameter(OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(required).schema(schema));
    }

    /** The kind whose detail path ({@code /statussen/{uuid}}) this is. */
    private static java.util.Optional<nl.zgw.zaken.onderdeel.Soort> detailOf(String path) {
        String[] parts = path.split("/");
        if (parts.length != 3 || !"{uuid}".equals(parts[2])) {
            return java.util.Optional.empty();
        }
        return java.util.Arrays.stream(nl.zgw.zaken.onderdeel.Soort.values())
                .filter(s -> s.collection().equals(parts[1])).findFirst();
    }
}

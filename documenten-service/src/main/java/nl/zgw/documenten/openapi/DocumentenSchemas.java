package nl.zgw.documenten.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the Documenten API 1.7.0 document that the generated schemas do not give by themselves:
 * <ul>
 * <li>the resource schemas as answers list them: read-only fields required (always present), the
 * empty choice of status and vertrouwelijkheidaanduiding, no {@code _expand} (that is the
 * {@code <X>Expanded} forms');</li>
 * <li>request bodies as the specification names them, copies of the resource schemas without their
 * read-only fields: {@code <X>Request} and {@code Patched<X>Request} (nothing required), the
 * document's bodies with {@code inhoud} as base64 and (for a change) the {@code lock} id, the
 * {@code _zoek}, unlock and bestandsdeel bodies;</li>
 * <li>the answers of a document's creation ({@code EnkelvoudigInformatieObjectCreateLock}: with its
 * lock id) and change ({@code EnkelvoudigInformatieObjectWithLock}), and of a bestandsdeel's upload
 * ({@code BestandsDeelResponse});</li>
 * <li>{@code _expand}: the {@code <X>Expanded} forms a detail and a list answer with, and the
 * {@code <X>Embedded} objects they carry (drc-011 ... drc-014, see {@code Uitbreiding}).</li>
 * </ul>
 */
final class DocumentenSchemas {

    private static final String REF = "#/components/schemas/";
    private static final String DOCUMENT = "EnkelvoudigInformatieObject";
    /** The resources an answer can carry {@code _expand} in. */
    private static final List<String> EXPANDABLE = List.of(DOCUMENT, "Gebruiksrechten", "ObjectInformatieObject",
            "Verzending");

    /** Request body per operation ({@code METHOD path}, the path below {@code /api/v1}). */
    private static final Map<String, String> REQUESTS = Map.ofEntries(
            Map.entry("POST /enkelvoudiginformatieobjecten", DOCUMENT + "CreateLockRequest"),
            Map.entry("PUT /enkelvoudiginformatieobjecten/{uuid}", DOCUMENT + "WithLockRequest"),
            Map.entry("PATCH /enkelvoudiginformatieobjecten/{uuid}", "Patched" + DOCUMENT + "WithLockRequest"),
            Map.entry("POST /enkelvoudiginformatieobjecten/_zoek", "EIOZoekRequest"),
            Map.entry("POST /gebruiksrechten", "GebruiksrechtenRequest"),
            Map.entry("PUT /gebruiksrechten/{uuid}", "GebruiksrechtenRequest"),
            Map.entry("PATCH /gebruiksrechten/{uuid}", "PatchedGebruiksrechtenRequest"),
            Map.entry("POST /objectinformatieobjecten", "ObjectInformatieObjectRequest"),
            Map.entry("POST /verzendingen", "VerzendingRequest"),
            Map.entry("PUT /verzendingen/{uuid}", "VerzendingRequest"),
            Map.entry("PATCH /verzendingen/{uuid}", "PatchedVerzendingRequest"));

    /**
     * The JSON answer per operation and status ({@code METHOD path status}): a schema name, or
     * {@code [name]} for a list of them (made per document: model objects are not shared).
     */
    private static final Map<String, String> ANSWERS = Map.ofEntries(
            Map.entry("POST /enkelvoudiginformatieobjecten 201", DOCUMENT + "CreateLock"),
            Map.entry("PUT /enkelvoudiginformatieobjecten/{uuid} 200", DOCUMENT + "WithLock"),
            Map.entry("PATCH /enkelvoudiginformatieobjecten/{uuid} 200", DOCUMENT + "WithLock"),
            Map.entry("GET /enkelvoudiginformatieobjecten/{uuid} 200", DOCUMENT + "Expanded"),
            Map.entry("GET /gebruiksrechten 200", "[GebruiksrechtenExpanded]"),
            Map.entry("GET /gebruiksrechten/{uuid} 200", "GebruiksrechtenExpanded"),
            Map.entry("GET /objectinformatieobjecten 200", "[ObjectInformatieObjectExpanded]"),
            Map.entry("GET /objectinformatieobjecten/{uuid} 200", "ObjectInformatieObjectExpanded"),
            Map.entry("GET /verzendingen/{uuid} 200", "VerzendingExpanded"),
            Map.entry("PUT /bestandsdelen/{uuid} 200", "BestandsDeelResponse"));

    private DocumentenSchemas() {
    }

    static void apply(OpenAPI openAPI) {
        Components c = openAPI.getComponents();
        properties(c.getSchemas());
        requests(c);
        answers(c);
        expansions(c);
        operations(openAPI);
        c.removeSchema("ObjectNode"); // the unlock body as Jackson types it; UnlockEnkelvoudigInformatieObjectRequest says it
    }

    /** The resource schemas as an answer gives them. */
    private static void properties(Map<String, Schema> s) {
        for (String name : EXPANDABLE) {
            schema(s, name).removeProperty("_expand"); // only in the Expanded forms
        }
        // "" is accepted (InformatieObjectGegevens) and given back as stored
        emptyChoice(schema(s, DOCUMENT), "status");
        emptyChoice(schema(s, DOCUMENT), "vertrouwelijkheidaanduiding");
        // what every answer holds (read-only fields too), as the specification lists it
        required(schema(s, DOCUMENT), "url", "bronorganisatie", "creatiedatum", "titel", "auteur", "taal", "versie",
                "beginRegistratie", "informatieobjecttype", "locked", "bestandsdelen");
        required(schema(s, "BestandsDeel"), "url", "volgnummer", "omvang", "voltooid", "lock");
        required(schema(s, "Gebruiksrechten"), "url");
        required(schema(s, "ObjectInformatieObject"), "url");
        required(schema(s, "Verzending"), "url");
        required(schema(s, "LockEnkelvoudigInformatieObject"), "lock");
    }

    /** Request bodies: the resource schemas without what only an answer has. */
    private static void requests(Components c) {
        Map<String, Schema> s = c.getSchemas();
        c.addSchema("IntegriteitRequest", copy(schema(s, "Integriteit")));
        c.addSchema("OndertekeningRequest", copy(schema(s, "Ondertekening")));

        // a document's body: inhoud as base64 (or null: no content, or "" announcing bestandsdelen)
        Schema create = writable(schema(s, DOCUMENT));
        create.addProperty("inhoud", nullable(string().format("byte")));
        create.addProperty("ondertekening", nullable(allOf(ref("OndertekeningRequest"))));
        create.addProperty("integriteit", nullable(allOf(ref("IntegriteitRequest"))));
        c.addSchema(DOCUMENT + "CreateLockRequest", create);
        // a change carries the lock id of the document (drc-009)
        Schema withLock = copy(create);
        withLock.addProperty("lock", string().writeOnly(true));
        withLock.addRequired("lock");
        c.addSchema(DOCUMENT + "WithLockRequest", withLock);
        Schema patched = withoutRequired(withLock);
        patched.removeProperty("tonenAanInitiator"); // as the specification's PATCH body lists the fields
        c.addSchema("Patched" + DOCUMENT + "WithLockRequest", patched);

        Schema gebruiksrechten = writable(schema(s, "Gebruiksrechten"));
        c.addSchema("GebruiksrechtenRequest", gebruiksrechten);
        c.addSchema("PatchedGebruiksrechtenRequest", withoutRequired(gebruiksrechten));
        c.addSchema("ObjectInformatieObjectRequest", writable(schema(s, "ObjectInformatieObject")));

        // the three postal address forms of a verzending, each as a request body of its own
        Schema verzending = writable(schema(s, "Verzending"));
        adres(c, verzending, "binnenlandsCorrespondentieadres", "BinnenlandsCorrespondentieadresVerzending");
        adres(c, verzending, "buitenlandsCorrespondentieadres", "BuitenlandsCorrespondentieadresVerzending");
        adres(c, verzending, "correspondentiePostadres", "BuitenlandsCorrespondentiepostadresVerzending");
        c.addSchema("VerzendingRequest", verzending);
        c.addSchema("PatchedVerzendingRequest", withoutRequired(verzending));

        Schema unlock = object();
        unlock.addProperty("lock", string().maxLength(100));
        c.addSchema("UnlockEnkelvoudigInformatieObjectRequest", unlock);

        // the _zoek body as InformatieObjectFilters.zoek reads it
        Schema zoek = object();
        zoek.addProperty("uuid__in", array(string().format("uuid")));
        zoek.addProperty("identificatie", string());
        zoek.addProperty("bronorganisatie", string());
        zoek.addProperty("expand", string());
        zoek.addRequired("uuid__in");
        c.addSchema("EIOZoekRequest", zoek);

        // a part of a large file: its content and the document's lock id (BestandsdeelResource)
        Schema deel = object();
        deel.addProperty("inhoud", string().format("binary").writeOnly(true));
        deel.addProperty("lock", string().writeOnly(true));
        deel.addRequired("lock");
        c.addSchema("BestandsDeelRequest", deel);
    }

    /** A postal address form of a verzending as a request body of its own, the body's property referring to it. */
    private static void adres(Components c, Schema verzending, String property, String adres) {
        c.addSchema(adres + "Request", copy(schema(c.getSchemas(), adres)));
        verzending.addProperty(property, nullable(allOf(ref(adres + "Request"))));
    }

    /** Answers beside the resource schemas. */
    private static void answers(Components c) {
        Map<String, Schema> s = c.getSchemas();
        // a creation answers the document with the lock id of its bestandsdelen upload ("" without one)
        Schema lock = object();
        lock.addProperty("lock", string().readOnly(true));
        lock.addRequired("lock");
        c.addSchema(DOCUMENT + "CreateLock", allOf(ref(DOCUMENT), lock));
        // a change answers the document as it is now; its lock id is not repeated
        c.addSchema(DOCUMENT + "WithLock", allOf(ref(DOCUMENT)));

        // the upload of a part (BestandsdeelService.Geupload), under the specification's name; it does
        // not link the part's content (the specification's inhoud), a part is not downloaded on its own
        Schema geupload = s.get("Geupload");
        if (geupload != null) {
            Schema deel = copy(geupload);
            deel.addProperty("url", string().format("uri").maxLength(1000).readOnly(true));
            deel.setRequired(new ArrayList<>(List.of("url", "lock")));
            c.addSchema("BestandsDeelResponse", deel);
            c.removeSchema("Geupload");
        }
    }

    /**
     * {@code <X>Expanded}: the resource with {@code _expand}, as reads answer (with or without
     * {@code expand}); {@code <X>Embedded}: what {@code _expand} may hold. The informatieobjecttype
     * is the Catalogi API's: its schema is not part of this document, so it is any object.
     */
    private static void expansions(Components c) {
        for (String name : EXPANDABLE) {
            c.addSchema(name + "Expanded", allOf(ref(name), object(Map.of("_expand", ref(name + "Embedded")))));
        }
        c.addSchema(DOCUMENT + "Embedded", object(Map.of("informatieobjecttype", any())));
        c.addSchema("GebruiksrechtenEmbedded", object(Map.of("informatieobject", ref(DOCUMENT))));
        c.addSchema("ObjectInformatieObjectEmbedded", object(Map.of("informatieobject", ref(DOCUMENT + "Expanded"))));
        c.addSchema("VerzendingEmbedded", object(Map.of("informatieobject", ref(DOCUMENT + "Expanded"))));
        for (String name : List.of(DOCUMENT, "Verzending")) {
            Schema envelope = c.getSchemas().get("Paginated" + name + "List");
            if (envelope != null) {
                envelope.addProperty("results", array(ref(name + "Expanded")));
                envelope.setRequired(null); // the specification lists no required fields for these envelopes
            }
        }
    }

    /** Bodies and answers as the specification names them. */
    private static void operations(OpenAPI openAPI) {
        openAPI.getPaths().getPathItems().forEach((fullPath, item) -> item.getOperations().forEach((method, op) -> {
            String key = method + " " + DocumentenOpenApiFilter.pathOf(fullPath);
            if (REQUESTS.containsKey(key)) {
                body(op, "application/json", REQUESTS.get(key), true);
            }
            if (key.equals("POST /enkelvoudiginformatieobjecten/{uuid}/unlock")) {
                body(op, "application/json", "UnlockEnkelvoudigInformatieObjectRequest", false); // forced: no body
            }
            if (key.equals("PUT /bestandsdelen/{uuid}")) {
                // only multipart/form-data (@Consumes): a form-urlencoded body cannot carry the binary part
                body(op, "multipart/form-data", "BestandsDeelRequest", true);
            }
            ANSWERS.forEach((answer, schema) -> {
                if (answer.startsWith(key + " ")) {
                    answer(op, answer.substring(key.length() + 1), schema.startsWith("[")
                            ? array(ref(schema.substring(1, schema.length() - 1))) : ref(schema));
                }
            });
        }));
    }

    private static void body(Operation op, String mediaType, String schema, boolean required) {
        op.setRequestBody(OASFactory.createRequestBody().required(required).content(OASFactory.createContent()
                .addMediaType(mediaType, OASFactory.createMediaType().schema(ref(schema)))));
    }

    private static void answer(Operation op, String status, Schema schema) {
        APIResponse response = op.getResponses() == null ? null : op.getResponses().getAPIResponse(status);
        if (response == null) {
            return;
        }
        response.setContent(OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType().schema(schema)));
    }

    // ---- helpers

    private static Schema schema(Map<String, Schema> schemas, String name) {
        Schema schema = schemas.get(name);
        if (schema == null) {
            throw new IllegalStateException("No schema " + name + " in the generated OpenAPI document");
        }
        return schema;
    }

    /** The choices of an enum property, with the empty choice first. */
    private static void emptyChoice(Schema schema, String property) {
        Schema p = schema.getProperties().get(property);
        List<Object> values = new ArrayList<>(p.getEnumeration());
        if (!values.contains("")) {
            values.add(0, "");
        }
        p.setEnumeration(values);
    }

    private static void required(Schema schema, String... names) {
        List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        for (String name : names) {
            if (!required.contains(name)) {
                required.add(name);
            }
        }
        schema.setRequired(required);
    }

    /** A copy without the read-only properties (what only an answer has). */
    private static Schema writable(Schema base) {
        Map<String, Schema> properties = new LinkedHashMap<>(base.getProperties());
        properties.values().removeIf(p -> Boolean.TRUE.equals(p.getReadOnly()));
        List<String> required = new ArrayList<>(base.getRequired() == null ? List.of() : base.getRequired());
        required.retainAll(properties.keySet());
        Schema copy = object();
        copy.setProperties(properties);
        copy.setRequired(required.isEmpty() ? null : required);
        return copy;
    }

    private static Schema withoutRequired(Schema base) {
        Schema copy = copy(base);
        copy.setRequired(null);
        return copy;
    }

    /** A shallow copy: its own property map and required list, the property schemas shared. */
    private static Schema copy(Schema base) {
        Schema copy = object();
        copy.setProperties(new LinkedHashMap<>(base.getProperties() == null ? Map.of() : base.getProperties()));
        copy.setRequired(base.getRequired() == null ? null : new ArrayList<>(base.getRequired()));
        return copy;
    }

    /** Written as {@code nullable: true} (OpenAPI 3.0.3); a reference also gets its object type. */
    private static Schema nullable(Schema schema) {
        if (schema.getType() == null || schema.getType().isEmpty()) {
            schema.addType(Schema.SchemaType.OBJECT);
        }
        return schema.addType(Schema.SchemaType.NULL);
    }

    private static Schema allOf(Schema... parts) {
        Schema schema = OASFactory.createSchema();
        for (Schema part : parts) {
            schema.addAllOf(part);
        }
        return schema;
    }

    private static Schema object() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
    }

    private static Schema object(Map<String, Schema> properties) {
        Schema schema = object();
        properties.forEach(schema::addProperty);
        return schema;
    }

    private static Schema ref(String name) {
        return OASFactory.createSchema().ref(REF + name);
    }

    private static Schema array(Schema items) {
        return OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(items);
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING);
    }

    private static Schema any() {
        return OASFactory.createSchema();
    }
}

package nl.zgw.catalogi.beheer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import nl.zgw.catalogi.catalogus.CatalogusService;
import nl.zgw.catalogi.model.Catalogus;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.catalogi.type.BesluitTypeKind;
import nl.zgw.catalogi.type.EigenschapKind;
import nl.zgw.catalogi.type.Geldigheid;
import nl.zgw.catalogi.type.InformatieObjectTypeKind;
import nl.zgw.catalogi.type.Links;
import nl.zgw.catalogi.type.ResultaatTypeKind;
import nl.zgw.catalogi.type.RolTypeKind;
import nl.zgw.catalogi.type.StatusTypeKind;
import nl.zgw.catalogi.type.TypeKind;
import nl.zgw.catalogi.type.TypeNotificaties;
import nl.zgw.catalogi.type.Verwijzingen;
import nl.zgw.catalogi.type.ZaakObjectTypeKind;
import nl.zgw.catalogi.type.ZaakTypeInformatieObjectTypeKind;
import nl.zgw.catalogi.type.ZaakTypeKind;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Imports a ZIP written by {@link CatalogusExport} in one transaction: everything lands as a
 * concept, with new UUIDs (references between the imported objects follow) or, on request, the
 * exported ones. Every object goes through the same rules as the API's create (bean validation,
 * names within the catalogus, the Selectielijst); the first broken rule rolls the whole import
 * back, reported with the file and position ({@code zaaktypen.2.identificatie}).
 */
@ApplicationScoped
public class CatalogusImport {

    /** Upper bound of the unpacked size, against ZIP bombs. */
    static final long MAX_UNPACKED = 64L * 1024 * 1024;

    public record Resultaat(String catalogus, Map<String, Integer> aantallen) {
    }

    private final ObjectMapper json;
    private final Validator validator;
    private final CatalogiStore store;
    private final CatalogusService catalogussen;
    private final Links links;
    private final Verwijzingen verwijzingen;
    private final Geldigheid geldigheid;
    private final TypeNotificaties notificaties;
    private final Map<Soort, TypeKind<?>> kinds = new HashMap<>();

    public CatalogusImport(ObjectMapper json, Validator validator, CatalogiStore store, CatalogusService catalogussen,
                           Links links, Verwijzingen verwijzingen, Geldigheid geldigheid,
                           TypeNotificaties notificaties, ZaakTypeKind zaaktypen,
                           InformatieObjectTypeKind informatieobjecttypen, BesluitTypeKind besluittypen,
                           StatusTypeKind statustypen, RolTypeKind roltypen, ResultaatTypeKind resultaattypen,
                           EigenschapKind eigenschappen, ZaakTypeInformatieObjectTypeKind ziots,
                           ZaakObjectTypeKind zaakobjecttypen) {
        this.json = json;
        this.validator = validator;
        this.store = store;
        this.catalogussen = catalogussen;
        this.links = links;
        this.verwijzingen = verwijzingen;
        this.geldigheid = geldigheid;
        this.notificaties = notificaties;
        for (TypeKind<?> kind : List.of(zaaktypen, informatieobjecttypen, besluittypen, statustypen, roltypen,
                resultaattypen, eigenschappen, ziots, zaakobjecttypen)) {
            kinds.put(kind.soort(), kind);
        }
    }

    /**
     * @param zip           the export
     * @param catalogusUrl  the catalogus to import into; {@code null} creates the exported one
     * @param behoudUuids   keep the exported UUIDs (a UUID in use is a 409)
     */
    @Transactional
    public Resultaat importeer(byte[] zip, String catalogusUrl, boolean behoudUuids) {
        Map<String, JsonNode> files = unzip(zip);
        JsonNode manifest = files.get("manifest.json");
        if (manifest == null || !CatalogusExport.FORMAT.equals(manifest.path("format").asText())
                || manifest.path("version").asInt() != CatalogusExport.VERSION) {
            throw ValidationException.of("manifest.json", "invalid",
                    "Dit is geen export van deze Catalogi API (format " + CatalogusExport.FORMAT + ", versie "
                            + CatalogusExport.VERSION + ").");
        }
        UUID catalogus;
        if (catalogusUrl != null && !catalogusUrl.isBlank()) {
            catalogus = verwijzingen.catalogus("catalogus", catalogusUrl);
        } else {
            ObjectNode node = object(files, "catalogus.json");
            UUID exported = behoudUuids ? uuidIn(node.path("url").asText()) : null;
            node.remove("url");
            Catalogus created = catalogussen.create(validated("catalogus.json", node, Catalogus.class),
                    exported == null ? UUID.randomUUID() : exported);
            catalogus = links.target(created.url()).orElseThrow().uuid();
        }
        String oldCatalogus = object(files, "catalogus.json").path("url").asText();

        // new UUIDs for every exported object, and references between them rewritten
        Map<String, String> urlMap = new HashMap<>();
        if (!oldCatalogus.isEmpty()) {
            urlMap.put(oldCatalogus, links.catalogus(catalogus));
        }
        Map<Soort, List<ObjectNode>> objects = new LinkedHashMap<>();
        for (Soort soort : Soort.values()) {
            List<ObjectNode> list = new ArrayList<>();
            JsonNode array = files.getOrDefault(soort.collection() + ".json", json.createArrayNode());
            if (!array.isArray()) {
                throw ValidationException.of(soort.collection() + ".json", "invalid", "Verwacht een lijst.");
            }
            for (JsonNode item : array) {
                if (!item.isObject()) {
                    throw ValidationException.of(soort.collection() + ".json", "invalid", "Verwacht objecten.");
                }
                ObjectNode object = (ObjectNode) item.deepCopy();
                String oldUrl = object.path("url").asText();
                UUID oldUuid = uuidIn(oldUrl);
                if (behoudUuids && oldUuid == null) {
                    throw ValidationException.of(soort.collection() + "." + list.size() + ".url", "invalid",
                            "Om UUIDs te behouden heeft elk object de URL nodig waaronder het is geëxporteerd.");
                }
                UUID newUuid = behoudUuids ? oldUuid : UUID.randomUUID();
                if (!oldUrl.isEmpty()) {
                    urlMap.put(oldUrl, links.of(soort, newUuid));
                }
                // derived values (keys starting with _) are derived again by the import
                List<String> derived = new ArrayList<>();
                object.fieldNames().forEachRemaining(f -> {
                    if (f.startsWith("_")) {
                        derived.add(f);
                    }
                });
                object.remove(derived);
                object.put("url", links.of(soort, newUuid));
                list.add(object);
            }
            objects.put(soort, list);
        }
        objects.values().forEach(list -> list.forEach(o -> rewrite(o, urlMap)));
        objects.values().forEach(list -> list.forEach(o -> o.put("catalogus", links.catalogus(catalogus))));

        Map<String, Integer> aantallen = new LinkedHashMap<>();
        importeer(Soort.INFORMATIEOBJECTTYPE, objects, aantallen, null);
        importeer(Soort.BESLUITTYPE, objects, aantallen, null);
        // zaaktypen name each other (deelzaaktypen, gerelateerdeZaaktypen): all first, then the names
        importeer(Soort.ZAAKTYPE, objects, aantallen, o -> {
            o.putArray("deelzaaktypen");
            o.putArray("gerelateerdeZaaktypen");
        });
        update(Soort.ZAAKTYPE, objects);
        // statustypen and eigenschappen name each other too
        importeer(Soort.STATUSTYPE, objects, aantallen, o -> o.putArray("eigenschappen"));
        importeer(Soort.EIGENSCHAP, objects, aantallen, null);
        update(Soort.STATUSTYPE, objects);
        for (Soort soort : List.of(Soort.ZAAKTYPE_INFORMATIEOBJECTTYPE, Soort.ROLTYPE, Soort.RESULTAATTYPE,
                Soort.ZAAKOBJECTTYPE)) {
            importeer(soort, objects, aantallen, null);
        }
        return new Resultaat(links.catalogus(catalogus), aantallen);
    }

    private void importeer(Soort soort, Map<Soort, List<ObjectNode>> objects, Map<String, Integer> aantallen,
                           java.util.function.Consumer<ObjectNode> firstPass) {
        List<ObjectNode> list = objects.get(soort);
        for (int i = 0; i < list.size(); i++) {
            ObjectNode object = list.get(i).deepCopy();
            if (firstPass != null) {
                firstPass.accept(object);
            }
            TypeRow row = toRow(soort, object, i, null);
            geldigheid.check(row, null);
            store.insert(row);
            notificaties.changed(row, "create");
        }
        aantallen.put(soort.collection(), list.size());
    }

    private void update(Soort soort, Map<Soort, List<ObjectNode>> objects) {
        List<ObjectNode> list = objects.get(soort);
        for (int i = 0; i < list.size(); i++) {
            UUID uuid = links.target(list.get(i).path("url").asText()).orElseThrow().uuid();
            TypeRow existing = store.find(soort, uuid).orElseThrow();
            store.update(toRow(soort, list.get(i).deepCopy(), i, existing));
        }
    }

    /** The row of one imported object through its kind's rules; errors name the file and position. */
    @SuppressWarnings("unchecked")
    private <T> TypeRow toRow(Soort soort, ObjectNode object, int index, TypeRow existing) {
        String prefix = soort.collection() + "." + index;
        UUID uuid = links.target(object.path("url").asText()).orElseThrow().uuid();
        object.remove("concept");
        TypeKind<T> kind = (TypeKind<T>) kinds.get(soort);
        T input = validated(prefix, object, kind.type());
        // the kind keeps the uuid of an existing row; a new row gets the planned one
        TypeRow planned = existing != null ? existing
                : new TypeRow(uuid, soort, null, null, null, true, null, null, json.createObjectNode());
        try {
            TypeRow row = kind.toRow(input, planned);
            return existing != null ? row : new TypeRow(uuid, row.soort(), row.catalogus(), row.zaaktype(),
                    row.sleutel(), true, row.beginGeldigheid(), row.eindeGeldigheid(), row.data());
        } catch (ValidationException e) {
            throw prefixed(prefix, e);
        }
    }

    private <T> T validated(String prefix, ObjectNode node, Class<T> type) {
        T value;
        try {
            value = json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw ValidationException.of(prefix, "invalid", "Onleesbaar object: " + e.getOriginalMessage());
        }
        List<FieldValidationError> errors = new ArrayList<>();
        for (ConstraintViolation<T> v : validator.validate(value)) {
            errors.add(new FieldValidationError(prefix + "." + v.getPropertyPath(), "invalid", v.getMessage()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return value;
    }

    private static ValidationException prefixed(String prefix, ValidationException e) {
        return new ValidationException(e.invalidParams().stream()
                .map(p -> new FieldValidationError(prefix + "." + p.name(), p.code(), p.reason())).toList());
    }

    /** Every string in {@code node} that is one of the exported URLs becomes the imported one. */
    private static void rewrite(JsonNode node, Map<String, String> urlMap) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            fields.forEachRemaining(entries::add);
            for (Map.Entry<String, JsonNode> e : entries) {
                if (e.getValue().isTextual() && urlMap.containsKey(e.getValue().asText())) {
                    object.set(e.getKey(), TextNode.valueOf(urlMap.get(e.getValue().asText())));
                } else {
                    rewrite(e.getValue(), urlMap);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode item = array.get(i);
                if (item.isTextual() && urlMap.containsKey(item.asText())) {
                    array.set(i, TextNode.valueOf(urlMap.get(item.asText())));
                } else {
                    rewrite(item, urlMap);
                }
            }
        }
    }

    /** The UUID a resource URL ends with (of any environment), or {@code null}. */
    private static UUID uuidIn(String url) {
        int slash = url.replaceAll("/+$", "").lastIndexOf('/');
        try {
            return slash < 0 ? null : UUID.fromString(url.replaceAll("/+$", "").substring(slash + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private ObjectNode object(Map<String, JsonNode> files, String name) {
        JsonNode node = files.get(name);
        if (node == null || !node.isObject()) {
            throw ValidationException.of(name, "required", name + " ontbreekt in de export.");
        }
        return (ObjectNode) node.deepCopy();
    }

    private Map<String, JsonNode> unzip(byte[] zip) {
        Map<String, JsonNode> files = new HashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory() || !entry.getName().endsWith(".json")) {
                    continue;
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_UNPACKED) {
                        throw ValidationException.of("bestand", "max_size", "De export is uitgepakt groter dan "
                                + MAX_UNPACKED / (1024 * 1024) + " MiB.");
                    }
                    content.write(buffer, 0, n);
                }
                files.put(entry.getName(), read(entry.getName(), content.toByteArray()));
            }
        } catch (ZipException e) {
            throw ValidationException.of("bestand", "invalid", "Het bestand is geen geldige ZIP.");
        } catch (IOException e) {
            throw ValidationException.of("bestand", "invalid", "Het bestand kon niet gelezen worden.");
        }
        if (files.isEmpty()) {
            throw ValidationException.of("bestand", "invalid", "Het bestand is geen ZIP met een catalogus-export.");
        }
        return files;
    }

    private JsonNode read(String name, byte[] content) {
        try (InputStream in = new ByteArrayInputStream(content)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw ValidationException.of(name, "parse_error", "Geen geldige JSON.");
        }
    }
}

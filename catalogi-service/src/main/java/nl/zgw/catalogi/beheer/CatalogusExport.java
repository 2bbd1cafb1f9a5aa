package nl.zgw.catalogi.beheer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.catalogi.store.CatalogiStore.CatalogusRow;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.catalogi.type.Links;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.sql.Where;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Exports a whole catalogus, or one zaaktype with its own types and the informatieobjecttypen and
 * besluittypen it names, as a ZIP: {@code manifest.json}, {@code catalogus.json} and one JSON array
 * per collection ({@code zaaktypen.json}, {@code statustypen.json}, ...). Each object holds the
 * fields as stored (references by name, as written), its {@code url}, {@code catalogus} and
 * {@code concept}; {@link CatalogusImport} reads it back. See docs/services/catalogi.md.
 */
@ApplicationScoped
public class CatalogusExport {

    public static final String FORMAT = "zgw-catalogi-export";
    public static final int VERSION = 1;

    private final CatalogiStore store;
    private final Links links;
    private final ObjectMapper json;

    public CatalogusExport(CatalogiStore store, Links links, ObjectMapper json) {
        this.store = store;
        this.links = links;
        this.json = json;
    }

    @Transactional
    public byte[] catalogus(UUID uuid) {
        CatalogusRow catalogus = store.catalogus(uuid).orElseThrow(() -> new NotFoundException(
                "Er bestaat geen catalogus met deze uuid."));
        return zip(catalogus, store.all(new Where().and("catalogus = ?", uuid)));
    }

    @Transactional
    public byte[] zaaktype(UUID uuid) {
        TypeRow zaaktype = store.find(Soort.ZAAKTYPE, uuid).orElseThrow(() -> new NotFoundException(
                "Er bestaat geen zaaktype met deze uuid."));
        List<TypeRow> rows = new ArrayList<>();
        rows.add(zaaktype);
        List<TypeRow> own = store.all(new Where().and("zaaktype = ?", uuid));
        rows.addAll(own);
        Set<String> iots = new HashSet<>();
        Set<String> besluittypen = new HashSet<>(zaaktype.texts("besluittypen"));
        for (TypeRow row : own) {
            if (row.soort() == Soort.ZAAKTYPE_INFORMATIEOBJECTTYPE) {
                iots.add(row.text("informatieobjecttype"));
            }
            if (row.soort() == Soort.RESULTAATTYPE) {
                besluittypen.addAll(row.texts("besluittypen"));
                iots.addAll(row.texts("informatieobjecttypen"));
            }
        }
        // the zaaktypen it names (deelzaaktypen, gerelateerdeZaaktypen), every version, without their own types
        Set<String> zaaktypen = new HashSet<>(zaaktype.texts("deelzaaktypen"));
        zaaktype.data().path("gerelateerdeZaaktypen").forEach(r -> zaaktypen.add(r.path("zaaktype").asText()));
        zaaktypen.remove(zaaktype.sleutel());
        if (!zaaktypen.isEmpty()) {
            List<TypeRow> related = store.all(new Where().and("soort = ?", Soort.ZAAKTYPE.value())
                    .and("catalogus = ?", zaaktype.catalogus()).in("sleutel", zaaktypen));
            rows.addAll(related);
            related.forEach(z -> besluittypen.addAll(z.texts("besluittypen")));
        }
        List<TypeRow> named = besluittypen.isEmpty() ? List.of() : store.all(new Where()
                .and("soort = ?", Soort.BESLUITTYPE.value()).and("catalogus = ?", zaaktype.catalogus())
                .in("sleutel", besluittypen));
        named.forEach(b -> iots.addAll(b.texts("informatieobjecttypen")));
        rows.addAll(named);
        if (!iots.isEmpty()) {
            rows.addAll(store.all(new Where().and("soort = ?", Soort.INFORMATIEOBJECTTYPE.value())
                    .and("catalogus = ?", zaaktype.catalogus()).in("sleutel", iots)));
        }
        return zip(store.catalogus(zaaktype.catalogus()).orElseThrow(), rows);
    }

    private byte[] zip(CatalogusRow catalogus, List<TypeRow> rows) {
        Map<Soort, ArrayNode> bySoort = new EnumMap<>(Soort.class);
        for (Soort soort : Soort.values()) {
            bySoort.put(soort, json.createArrayNode());
        }
        String catalogusUrl = links.catalogus(catalogus.uuid());
        for (TypeRow row : rows) {
            ObjectNode node = row.data().deepCopy();
            node.put("url", links.of(row.soort(), row.uuid()));
            node.put("catalogus", catalogusUrl);
            node.put("concept", row.concept());
            bySoort.get(row.soort()).add(node);
        }
        ObjectNode catalogusNode = catalogus.data().deepCopy();
        catalogusNode.put("url", catalogusUrl);
        ObjectNode manifest = json.createObjectNode().put("format", FORMAT).put("version", VERSION)
                .put("api", "Catalogi API 1.3.3").put("bron", catalogusUrl)
                .put("aangemaakt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "manifest.json", manifest);
            entry(zip, "catalogus.json", catalogusNode);
            for (Map.Entry<Soort, ArrayNode> e : bySoort.entrySet()) {
                entry(zip, e.getKey().collection() + ".json", e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void entry(ZipOutputStream zip, String name, Object content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(content));
        zip.closeEntry();
    }

}

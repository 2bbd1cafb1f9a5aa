package nl.zgw.catalogi.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.catalogi.model.ZaakType;
import nl.zgw.catalogi.model.ZaakTypenRelatie;
import nl.zgw.catalogi.referentielijsten.Referentielijsten;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.catalogi.type.Verwijzingen.Key;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Zaaktypen: identified by identificatie; name besluittypen, deelzaaktypen and related zaaktypen. */
@jakarta.inject.Singleton
public class ZaakTypeKind implements TypeKind<ZaakType> {

    private static final String[] READ_ONLY = {"concept", "zaakobjecttypen", "statustypen", "resultaattypen",
            "eigenschappen", "informatieobjecttypen", "informatieobjecttypeOmschrijving", "roltypen",
            "besluittypeOmschrijving", "deelzaaktypeIdentificaties", "catalogus"};

    private final Verwijzingen verwijzingen;
    private final Representations representations;
    private final Referentielijsten referentielijsten;
    private final boolean volledigVoorPublicatie;

    /**
     * {@code volledigVoorPublicatie} ({@code catalogi.publiceren.volledig-zaaktype}, off by default):
     * publishing also needs two statustypen, a roltype and a resultaattype, which a zaak of the
     * zaaktype needs to be closed; ztc-012 itself asks only that what the zaaktype names is published.
     */
    public ZaakTypeKind(Verwijzingen verwijzingen, Representations representations,
                        Referentielijsten referentielijsten,
                        @ConfigProperty(name = "catalogi.publiceren.volledig-zaaktype", defaultValue = "false")
                        boolean volledigVoorPublicatie) {
        this.volledigVoorPublicatie = volledigVoorPublicatie;
        this.verwijzingen = verwijzingen;
        this.representations = representations;
        this.referentielijsten = referentielijsten;
    }

    @Override
    public Soort soort() {
        return Soort.ZAAKTYPE;
    }

    @Override
    public Class<ZaakType> type() {
        return ZaakType.class;
    }

    @Override
    public TypeRow toRow(ZaakType in, TypeRow existing) {
        UUID catalogus = verwijzingen.catalogus("catalogus", in.catalogus());
        List<FieldValidationError> errors = new ArrayList<>();
        if (Boolean.TRUE.equals(in.verlengingMogelijk()) && in.verlengingstermijn() == null) {
            errors.add(new FieldValidationError("verlengingstermijn", "verlenging-mismatch",
                    "verlengingstermijn is vereist als verlengingMogelijk waar is."));
        }
        if ((in.broncatalogus() == null) != (in.bronzaaktype() == null)) {
            errors.add(new FieldValidationError(FieldValidationError.NON_FIELD_ERRORS,
                    "invalid-bronzaaktype-for-broncatalogus", "broncatalogus en bronzaaktype horen samen: "
                    + "geef beide of geen van beide."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (in.selectielijstProcestype() != null && !in.selectielijstProcestype().isBlank()) {
            referentielijsten.procestype("selectielijstProcestype", in.selectielijstProcestype());
        }
        ObjectNode data = representations.stored(in, READ_ONLY);
        data.set("besluittypen", representations.array(
                verwijzingen.names("besluittypen", Soort.BESLUITTYPE, catalogus, in.besluittypen())));
        // new in Catalogi 1.3.1 and optional again in 1.3.3: a client that leaves it out keeps what is stored
        data.set("deelzaaktypen", in.deelzaaktypen() == null && existing != null
                ? representations.array(existing.texts("deelzaaktypen"))
                : representations.array(verwijzingen.names("deelzaaktypen", Soort.ZAAKTYPE, catalogus, in.deelzaaktypen())));
        ArrayNode gerelateerd = data.putArray("gerelateerdeZaaktypen");
        List<ZaakTypenRelatie> relaties = in.gerelateerdeZaaktypen();
        for (int i = 0; i < relaties.size(); i++) {
            ZaakTypenRelatie r = relaties.get(i);
            ObjectNode item = gerelateerd.addObject();
            item.put("zaaktype", verwijzingen.name("gerelateerdeZaaktypen." + i + ".zaaktype", Soort.ZAAKTYPE,
                    catalogus, r.zaaktype()));
            item.put("aardRelatie", r.aardRelatie());
            item.put("toelichting", r.toelichting());
        }
        return new TypeRow(existing == null ? UUID.randomUUID() : existing.uuid(), Soort.ZAAKTYPE, catalogus, null,
                in.identificatie(), existing == null || existing.concept(), in.beginGeldigheid(),
                in.eindeGeldigheid(), data);
    }

    @Override
    public List<ZaakType> present(List<TypeRow> rows, LocalDate datum) {
        Map<UUID, Map<Soort, List<TypeRow>>> children = representations.children(rows.stream().map(TypeRow::uuid).toList());
        Set<Key> besluittypen = new HashSet<>();
        Set<Key> zaaktypen = new HashSet<>();
        Set<Key> informatieobjecttypen = new HashSet<>();
        for (TypeRow row : rows) {
            row.texts("besluittypen").forEach(n -> besluittypen.add(new Key(row.catalogus(), n)));
            row.texts("deelzaaktypen").forEach(n -> zaaktypen.add(new Key(row.catalogus(), n)));
            for (JsonNode r : row.data().path("gerelateerdeZaaktypen")) {
                zaaktypen.add(new Key(row.catalogus(), r.path("zaaktype").asText()));
            }
            for (TypeRow ziot : children.getOrDefault(row.uuid(), Map.of())
                    .getOrDefault(Soort.ZAAKTYPE_INFORMATIEOBJECTTYPE, List.of())) {
                informatieobjecttypen.add(new Key(row.catalogus(), ziot.text("informatieobjecttype")));
            }
        }
        Map<Key, TypeRow> bt = verwijzingen.resolve(Soort.BESLUITTYPE, besluittypen, datum);
        Map<Key, TypeRow> zt = verwijzingen.resolve(Soort.ZAAKTYPE, zaaktypen, datum);
        Map<Key, TypeRow> iot = verwijzingen.resolve(Soort.INFORMATIEOBJECTTYPE, informatieobjecttypen, datum);

        List<ZaakType> out = new ArrayList<>();
        for (TypeRow row : rows) {
            ObjectNode node = representations.base(row);
            node.put("concept", row.concept());
            Map<Soort, List<TypeRow>> own = children.getOrDefault(row.uuid(), Map.of());
            if (row.geldigOp(datum)) { // its own types as they are on the date (all of them for a zaaktype not valid then)
                Map<Soort, List<TypeRow>> valid = new java.util.EnumMap<>(Soort.class);
                own.forEach((soort, list) -> valid.put(soort, list.stream().filter(c -> c.geldigOp(datum)).toList()));
                own = valid;
            }
            node.set("statustypen", urls(own, Soort.STATUSTYPE));
            node.set("resultaattypen", urls(own, Soort.RESULTAATTYPE));
            node.set("eigenschappen", urls(own, Soort.EIGENSCHAP));
            node.set("roltypen", urls(own, Soort.ROLTYPE));
            node.set("zaakobjecttypen", urls(own, Soort.ZAAKOBJECTTYPE));
            List<String> iotNames = own.getOrDefault(Soort.ZAAKTYPE_INFORMATIEOBJECTTYPE, List.of()).stream()
                    .map(z -> z.text("informatieobjecttype")).distinct().toList();
            node.set("informatieobjecttypen", representations.resolved(iot, row.catalogus(), iotNames));
            node.set("informatieobjecttypeOmschrijving", representations.array(iotNames));
            List<String> btNames = row.texts("besluittypen");
            node.set("besluittypen", representations.resolved(bt, row.catalogus(), btNames));
            node.set("besluittypeOmschrijving", representations.array(btNames));
            List<String> deel = row.texts("deelzaaktypen");
            node.set("deelzaaktypen", representations.resolved(zt, row.catalogus(), deel));
            node.set("deelzaaktypeIdentificaties", representations.array(deel));
            for (JsonNode r : node.withArray("gerelateerdeZaaktypen")) {
                String identificatie = r.path("zaaktype").asText();
                TypeRow target = zt.get(new Key(row.catalogus(), identificatie));
                ((ObjectNode) r).put("zaaktype", target == null ? null : representations.url(target));
                ((ObjectNode) r).put("zaaktypeIdentificatie", identificatie);
            }
            out.add(representations.as(node, ZaakType.class));
        }
        return out;
    }

    @Override
    public void checkPublish(TypeRow row) {
        ZaakType zaaktype = present(List.of(row), LocalDate.now()).get(0);
        List<FieldValidationError> errors = new ArrayList<>();
        // ztc-012: what the zaaktype names must be published (a published version exists)
        if (unpublished(row.catalogus(), Soort.BESLUITTYPE, zaaktype.besluittypeOmschrijving())
                || unpublished(row.catalogus(), Soort.INFORMATIEOBJECTTYPE, zaaktype.informatieobjecttypeOmschrijving())) {
            errors.add(new FieldValidationError(FieldValidationError.NON_FIELD_ERRORS, "concept-relation",
                    "Alle gerelateerde besluittypen en informatieobjecttypen moeten gepubliceerd zijn."));
        }
        if (volledigVoorPublicatie) {
            volledig(zaaktype, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The operator's option: what a zaak of the zaaktype needs to run to its end. */
    private static void volledig(ZaakType zaaktype, List<FieldValidationError> errors) {
        if (zaaktype.statustypen().size() < 2) {
            errors.add(new FieldValidationError("statustypen", "concept-relation",
                    "Een zaaktype heeft minstens twee statustypen nodig om gepubliceerd te worden."));
        }
        if (zaaktype.roltypen().isEmpty()) {
            errors.add(new FieldValidationError("roltypen", "concept-relation",
                    "Een zaaktype heeft minstens één roltype nodig om gepubliceerd te worden."));
        }
        if (zaaktype.resultaattypen().isEmpty()) {
            errors.add(new FieldValidationError("resultaattypen", "concept-relation",
                    "Een zaaktype heeft minstens één resultaattype nodig om gepubliceerd te worden."));
        }
    }

    private boolean unpublished(UUID catalogus, Soort soort, List<String> names) {
        Set<Key> keys = new HashSet<>();
        names.forEach(n -> keys.add(new Key(catalogus, n)));
        return !keys.isEmpty() && verwijzingen.published(soort, keys).size() < keys.size();
    }

    private ArrayNode urls(Map<Soort, List<TypeRow>> own, Soort soort) {
        return representations.array(own.getOrDefault(soort, List.of()).stream().map(representations::url).toList());
    }
}

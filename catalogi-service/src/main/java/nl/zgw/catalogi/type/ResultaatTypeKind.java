package nl.zgw.catalogi.type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.catalogi.model.BrondatumArchiefprocedure;
import nl.zgw.catalogi.model.ResultaatType;
import nl.zgw.catalogi.referentielijsten.Referentielijsten;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.catalogi.type.Verwijzingen.Key;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resultaattypen of a zaaktype, checked against the Selectielijst: the selectielijstklasse belongs
 * to the zaaktype's selectielijstProcestype (ztc-002), archiefnominatie and archiefactietermijn
 * are taken from it when absent, omschrijvingGeneriek comes from the resultaattypeomschrijving,
 * and brondatumArchiefprocedure holds exactly the fields its afleidingswijze needs (ztc-003..008).
 */
@jakarta.inject.Singleton
public class ResultaatTypeKind extends ChildKind<ResultaatType> {

    private static final String B = "brondatumArchiefprocedure.";
    /** Stored beside the client's fields: what the selectielijstklasse gives when the client gives nothing. */
    static final String AFGELEID = "_afgeleid";

    /**
     * ztc-004..008: for each afleidingswijze, what datumkenmerk, einddatumBekend, objecttype,
     * registratie and procestermijn must be (R required, F empty, - free).
     */
    private static final Map<String, String> BRONDATUM = Map.of(
            "afgehandeld", "FFFFF",
            "termijn", "FFFFR",
            "eigenschap", "R-FFF",
            "zaakobject", "R-RFF",
            "ander_datumkenmerk", "R-RRF");

    private final Referentielijsten referentielijsten;

    public ResultaatTypeKind(Verwijzingen verwijzingen, Representations representations, CatalogiStore store,
                             Referentielijsten referentielijsten) {
        super(verwijzingen, representations, store);
        this.referentielijsten = referentielijsten;
    }

    @Override public Soort soort() { return Soort.RESULTAATTYPE; }
    @Override public Class<ResultaatType> type() { return ResultaatType.class; }
    @Override protected String zaaktypeOf(ResultaatType in) { return in.zaaktype(); }
    @Override protected LocalDate beginOf(ResultaatType in) { return in.beginGeldigheid(); }
    @Override protected LocalDate eindeOf(ResultaatType in) { return in.eindeGeldigheid(); }

    @Override
    protected String[] readOnly() {
        return new String[] {"besluittypeOmschrijving", "informatieobjecttypeOmschrijving"};
    }

    @Override
    protected void prepare(ResultaatType in, TypeRow zaaktype, ObjectNode data, TypeRow existing) {
        requireUnique("omschrijving", zaaktype, existing, in.omschrijving());
        JsonNode omschrijving = referentielijsten.resultaattypeomschrijving("resultaattypeomschrijving",
                in.resultaattypeomschrijving());
        data.put("omschrijvingGeneriek", omschrijving.path("omschrijving").asText(null));
        JsonNode resultaat = referentielijsten.resultaat("selectielijstklasse", in.selectielijstklasse());
        String procestype = zaaktype.text("selectielijstProcestype");
        // every rule that is broken is reported, the brondatumArchiefprocedure's first and the
        // selectielijstklasse's procestype last (VNG's ztc-003 ... ztc-008 read the first entry)
        List<FieldValidationError> errors = new ArrayList<>();
        // derived from the selectielijstklasse where the client gives none; kept apart from what the client
        // wrote, so a later change of the selectielijstklasse derives them again
        ObjectNode afgeleid = data.putObject(AFGELEID);
        String waardering = resultaat.path("waardering").asText("");
        afgeleid.put("archiefnominatie", waardering.isEmpty() ? null : waardering);
        String bewaartermijn = resultaat.path("bewaartermijn").asText("");
        afgeleid.put("archiefactietermijn", bewaartermijn.isEmpty() ? null : bewaartermijn);
        String archiefnominatie = in.archiefnominatie() == null || in.archiefnominatie().isEmpty()
                ? afgeleid.path("archiefnominatie").asText("") : in.archiefnominatie();
        checkBrondatum(in, archiefnominatie, resultaat.path("procestermijn").asText(""), errors);
        if (procestype == null || !procestype.equals(resultaat.path("procesType").asText())) {
            errors.add(FieldValidationError.nonField("procestype-mismatch", "De selectielijstklasse hoort niet bij het "
                    + "selectielijstProcestype van het zaaktype."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        data.set("besluittypen", representations.array(verwijzingen.names("besluittypen", Soort.BESLUITTYPE,
                zaaktype.catalogus(), in.besluittypen())));
        data.set("informatieobjecttypen", representations.array(verwijzingen.names("informatieobjecttypen",
                Soort.INFORMATIEOBJECTTYPE, zaaktype.catalogus(), in.informatieobjecttypen())));
    }

    private static void checkBrondatum(ResultaatType in, String archiefnominatie, String procestermijn,
                                       List<FieldValidationError> errors) {
        BrondatumArchiefprocedure b = in.brondatumArchiefprocedure();
        if (b == null) {
            if (!"blijvend_bewaren".equals(archiefnominatie)) {
                errors.add(new FieldValidationError("brondatumArchiefprocedure", "required",
                        "brondatumArchiefprocedure is vereist als de zaak niet blijvend bewaard wordt."));
            }
            return;
        }
        String wijze = b.afleidingswijze();
        Map<String, Boolean> given = new LinkedHashMap<>();
        given.put("datumkenmerk", filled(b.datumkenmerk()));
        given.put("einddatumBekend", Boolean.TRUE.equals(b.einddatumBekend()));
        given.put("objecttype", filled(b.objecttype()));
        given.put("registratie", filled(b.registratie()));
        given.put("procestermijn", filled(b.procestermijn()));
        // per field in the order above: R required, F must be empty, - free
        String rule = BRONDATUM.getOrDefault(wijze, "F-FFF"); // gerelateerde_zaak, hoofdzaak, *_besluit
        int i = 0;
        for (Map.Entry<String, Boolean> field : given.entrySet()) {
            char r = rule.charAt(i++);
            if (r == 'R' && !field.getValue()) {
                errors.add(new FieldValidationError(B + field.getKey(), "required",
                        "Dit veld is vereist bij deze afleidingswijze."));
            } else if (r == 'F' && field.getValue()) {
                errors.add(new FieldValidationError(B + field.getKey(), "must-be-empty",
                        "Dit veld moet leeg zijn bij deze afleidingswijze."));
            }
        }
        // ztc-003: the selectielijst's procestermijn fixes the afleidingswijze
        if (!procestermijn.isEmpty() && ("nihil".equals(procestermijn) != "afgehandeld".equals(wijze)
                || "ingeschatte_bestaansduur_procesobject".equals(procestermijn) && !"termijn".equals(wijze))) {
            errors.add(FieldValidationError.nonField("invalid-afleidingswijze-for-procestermijn", "Afleidingswijze '"
                    + wijze + "' past niet bij procestermijn '" + procestermijn + "' van de selectielijstklasse."));
        }
    }

    private static boolean filled(String value) {
        return value != null && !value.isEmpty();
    }



    @Override
    protected void derive(List<TypeRow> rows, List<ObjectNode> nodes, LocalDate datum) {
        Set<Key> besluittypen = new HashSet<>();
        Set<Key> informatieobjecttypen = new HashSet<>();
        for (TypeRow r : rows) {
            r.texts("besluittypen").forEach(n -> besluittypen.add(new Key(r.catalogus(), n)));
            r.texts("informatieobjecttypen")
                    .forEach(n -> informatieobjecttypen.add(new Key(r.catalogus(), n)));
        }
        Map<Key, TypeRow> bt = verwijzingen.resolve(Soort.BESLUITTYPE, besluittypen, datum);
        Map<Key, TypeRow> iot = verwijzingen.resolve(Soort.INFORMATIEOBJECTTYPE, informatieobjecttypen, datum);
        for (int i = 0; i < rows.size(); i++) {
            TypeRow r = rows.get(i);
            ObjectNode node = nodes.get(i);
            JsonNode afgeleid = node.remove(AFGELEID);
            if (afgeleid != null) {
                for (String field : List.of("archiefnominatie", "archiefactietermijn")) {
                    if (node.path(field).asText("").isEmpty()) {
                        node.set(field, afgeleid.get(field));
                    }
                }
            }
            List<String> bNames = r.texts("besluittypen");
            node.set("besluittypen", representations.resolved(bt, r.catalogus(), bNames));
            node.set("besluittypeOmschrijving", representations.array(bNames));
            List<String> iNames = r.texts("informatieobjecttypen");
            node.set("informatieobjecttypen", representations.resolved(iot, r.catalogus(), iNames));
            node.set("informatieobjecttypeOmschrijving", representations.array(iNames));
        }
    }
}

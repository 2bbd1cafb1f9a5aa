package nl.zgw.catalogi.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.zgw.catalogi.model.ZaakObjectType;

/**
 * Zaakobjecttypen of a zaaktype; the catalogus given must be the zaaktype's. The 1.3.3 resources
 * offer no field that links a resultaattype or statustype to a zaakobjecttype, so
 * {@code resultaattypen} and {@code statustypen} are always empty.
 */
@jakarta.inject.Singleton
public class ZaakObjectTypeKind extends ChildKind<ZaakObjectType> {

    public ZaakObjectTypeKind(Verwijzingen verwijzingen, Representations representations, CatalogiStore store) {
        super(verwijzingen, representations, store);
    }

    @Override public Soort soort() { return Soort.ZAAKOBJECTTYPE; }
    @Override public Class<ZaakObjectType> type() { return ZaakObjectType.class; }
    @Override protected String zaaktypeOf(ZaakObjectType in) { return in.zaaktype(); }
    @Override protected LocalDate beginOf(ZaakObjectType in) { return in.beginGeldigheid(); }
    @Override protected LocalDate eindeOf(ZaakObjectType in) { return in.eindeGeldigheid(); }
    @Override protected String[] readOnly() { return new String[] {"resultaattypen", "resultaattypeOmschrijving", "statustypen"}; }

    @Override
    protected void prepare(ZaakObjectType in, TypeRow zaaktype, ObjectNode data, TypeRow existing) {
        UUID catalogus = verwijzingen.catalogus("catalogus", in.catalogus());
        if (!catalogus.equals(zaaktype.catalogus())) {
            throw Verwijzingen.incorrectCatalogus("catalogus");
        }
    }

    @Override
    protected void derive(List<TypeRow> rows, List<ObjectNode> nodes, LocalDate datum) {
        for (ObjectNode node : nodes) {
            node.putArray("resultaattypen");
            node.putArray("resultaattypeOmschrijving");
            node.putArray("statustypen");
        }
    }
}

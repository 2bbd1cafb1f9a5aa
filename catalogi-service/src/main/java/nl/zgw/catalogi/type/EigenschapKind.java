package nl.zgw.catalogi.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.shared.problem.ValidationException;

import java.time.LocalDate;
import nl.zgw.catalogi.model.Eigenschap;

/**
 * Eigenschappen of a zaaktype: naam unique per zaaktype; a {@code datum} is 8 long (YYYYMMDD),
 * a {@code datum_tijd} 14 (YYYYMMDDhhmmss); the statustype belongs to the same zaaktype.
 */
@jakarta.inject.Singleton
public class EigenschapKind extends ChildKind<Eigenschap> {

    public EigenschapKind(Verwijzingen verwijzingen, Representations representations, CatalogiStore store) {
        super(verwijzingen, representations, store);
    }

    @Override public Soort soort() { return Soort.EIGENSCHAP; }
    @Override public Class<Eigenschap> type() { return Eigenschap.class; }
    @Override protected String zaaktypeOf(Eigenschap in) { return in.zaaktype(); }
    @Override protected LocalDate beginOf(Eigenschap in) { return in.beginGeldigheid(); }
    @Override protected LocalDate eindeOf(Eigenschap in) { return in.eindeGeldigheid(); }
    @Override protected String[] readOnly() { return new String[0]; }

    @Override
    protected void prepare(Eigenschap in, TypeRow zaaktype, ObjectNode data, TypeRow existing) {
        requireUnique("naam", zaaktype, existing, in.naam());
        String formaat = in.specificatie().formaat();
        String lengte = in.specificatie().lengte();
        if ("datum".equals(formaat) && !"8".equals(lengte) || "datum_tijd".equals(formaat) && !"14".equals(lengte)) {
            throw ValidationException.of("specificatie.lengte", "invalid",
                    "Een " + formaat + " heeft lengte " + ("datum".equals(formaat) ? "8 (JJJJMMDD)." : "14 (JJJJMMDDuummss)."));
        }
        if (!lengte.matches("\\d+(,\\d+)?")) {
            throw ValidationException.of("specificatie.lengte", "invalid",
                    "lengte is een aantal tekens, of voor een getal aantal,decimalen (bijvoorbeeld 8,2).");
        }
        if (in.statustype() != null) {
            data.put("statustype", representations.url(sibling("statustype", Soort.STATUSTYPE, in.statustype(), zaaktype)));
        }
    }
}

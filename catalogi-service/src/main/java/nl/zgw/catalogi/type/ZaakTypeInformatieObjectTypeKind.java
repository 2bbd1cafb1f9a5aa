package nl.zgw.catalogi.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.catalogi.model.ZaakTypeInformatieObjectType;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.sql.Where;

import java.time.LocalDate;

/**
 * Zaaktype-informatieobjecttypen: name an informatieobjecttype of the zaaktype's catalogus by
 * omschrijving; volgnummer unique per zaaktype; the statustype belongs to the same zaaktype.
 */
@jakarta.inject.Singleton
public class ZaakTypeInformatieObjectTypeKind extends ChildKind<ZaakTypeInformatieObjectType> {

    public ZaakTypeInformatieObjectTypeKind(Verwijzingen verwijzingen, Representations representations,
                                            CatalogiStore store) {
        super(verwijzingen, representations, store);
    }

    @Override public Soort soort() { return Soort.ZAAKTYPE_INFORMATIEOBJECTTYPE; }
    @Override public Class<ZaakTypeInformatieObjectType> type() { return ZaakTypeInformatieObjectType.class; }
    @Override protected String zaaktypeOf(ZaakTypeInformatieObjectType in) { return in.zaaktype(); }
    @Override protected LocalDate beginOf(ZaakTypeInformatieObjectType in) { return null; }
    @Override protected LocalDate eindeOf(ZaakTypeInformatieObjectType in) { return null; }
    @Override protected String[] readOnly() { return new String[0]; }

    @Override
    protected void prepare(ZaakTypeInformatieObjectType in, TypeRow zaaktype, ObjectNode data, TypeRow existing) {
        data.put("informatieobjecttype", verwijzingen.name("informatieobjecttype", Soort.INFORMATIEOBJECTTYPE,
                zaaktype.catalogus(), in.informatieobjecttype()));
        Where where = new Where().and("zaaktype = ?", zaaktype.uuid())
                .and("(data ->> 'volgnummer')::int = ?", in.volgnummer());
        if (existing != null) {
            where.and("uuid <> ?", existing.uuid());
        }
        if (store.count(soort(), where) > 0) {
            throw ValidationException.of("volgnummer", "unique",
                    "Er bestaat al een zaaktype-informatieobjecttype met dit volgnummer bij dit zaaktype.");
        }
        if (in.statustype() != null) {
            data.put("statustype", representations.url(sibling("statustype", Soort.STATUSTYPE, in.statustype(), zaaktype)));
        }
    }
}

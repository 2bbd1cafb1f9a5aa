package nl.zgw.catalogi.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;

import java.time.LocalDate;
import nl.zgw.catalogi.model.RolType;

/** Roltypen of a zaaktype. */
@jakarta.inject.Singleton
public class RolTypeKind extends ChildKind<RolType> {

    public RolTypeKind(Verwijzingen verwijzingen, Representations representations, CatalogiStore store) {
        super(verwijzingen, representations, store);
    }

    @Override public Soort soort() { return Soort.ROLTYPE; }
    @Override public Class<RolType> type() { return RolType.class; }
    @Override protected String zaaktypeOf(RolType in) { return in.zaaktype(); }
    @Override protected LocalDate beginOf(RolType in) { return in.beginGeldigheid(); }
    @Override protected LocalDate eindeOf(RolType in) { return in.eindeGeldigheid(); }
    @Override protected String[] readOnly() { return new String[0]; }

    @Override
    protected void prepare(RolType in, TypeRow zaaktype, ObjectNode data, TypeRow existing) {
    }
}

package nl.zgw.besluiten.besluit;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.AllowedTypes;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.problem.PermissionDeniedException;

/**
 * What a client may do with besluiten: a scope of the Besluiten API is granted per besluittype.
 * A besluit has no vertrouwelijkheidaanduiding and an autorisatie for it no maximum (the
 * Autorisaties API keeps none for brc), so the checks pass no level and the lists no rank column.
 */
@ApplicationScoped
public class BesluitToegang {

    /** Besluiten have no level. */
    private static final Vertrouwelijkheidaanduiding GEEN_NIVEAU = null;

    private final CurrentCaller caller;

    public BesluitToegang(CurrentCaller caller) {
        this.caller = caller;
    }

    /** Whether the client has {@code scope} for besluiten of {@code besluittype}. */
    public boolean mag(String scope, String besluittype) {
        return caller.allowedTypes(scope).permits(besluittype, GEEN_NIVEAU);
    }

    /** 403 with {@code reden} unless the client has {@code scope} for besluiten of {@code besluittype}. */
    public void vereis(String scope, String besluittype, String reden) {
        if (!mag(scope, besluittype)) {
            throw new PermissionDeniedException(reden);
        }
    }

    /** Whether the client has {@code scope} for every besluit (heeftAlleAutorisaties). */
    public boolean alles(String scope) {
        return caller.allowedTypes(scope).all();
    }

    /** The SQL condition on {@code besluittypeKolom} that selects the besluiten the client has {@code scope} for. */
    public AllowedTypes.SqlCondition lijst(String scope, String besluittypeKolom) {
        return caller.allowedTypes(scope).sql(besluittypeKolom, null);
    }
}

package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.zaken.zaak.ZaakRow;
import nl.zgw.zaken.zaak.Zaaktypen;

import java.util.UUID;

/** RESULTAAT: its resultaattype belongs to the zaaktype (zrc-020); one per zaak. */
@ApplicationScoped
public class ResultaatKind extends OnderdeelKind<Resultaat> {

    private final Zaaktypen zaaktypen;
    private final OnderdeelStore store;

    public ResultaatKind(Zaaktypen zaaktypen, OnderdeelStore store) {
        this.zaaktypen = zaaktypen;
        this.store = store;
    }

    @Override public Soort soort() { return Soort.RESULTAAT; }

    @Override public Class<Resultaat> type() { return Resultaat.class; }

    @Override
    protected void prefetch(Resultaat in) {
        warm(zaaktypen, in.resultaattype(), "resultaattypen");
    }

    /**
     * A zaak has one resultaat: a second is refused as such ({@code unique}) before the closed zaak
     * needs {@code zaken.geforceerd-bijwerken}, as VNG's zrc-007e expects; the other checks as for
     * every part of a zaak.
     */
    @Override
    protected void requireMayChange(nl.zgw.shared.auth.CurrentCaller caller, ZaakRow zaak, String actie, Resultaat in) {
        if ("create".equals(actie) && zaak.einddatum() != null && !store.ofZaak(Soort.RESULTAAT, zaak.uuid()).isEmpty()
                && scopes(actie).stream().anyMatch(s -> caller.allowedTypes(s).permits(zaak.zaaktype(),
                Onderdelen.level(zaak)))) {
            throw ValidationException.of("zaak", "unique", "Deze zaak heeft al een resultaat.");
        }
        super.requireMayChange(caller, zaak, actie, in);
    }

    @Override
    protected OnderdeelRow toRow(UUID uuid, Resultaat in, ObjectNode data, ZaakRow zaak, OnderdeelRow existing) {
        typeOfZaak(zaaktypen, "resultaattype", in.resultaattype(), "resultaattypen", zaak);
        if (existing == null && !store.ofZaak(Soort.RESULTAAT, zaak.uuid()).isEmpty()) {
            throw ValidationException.of("zaak", "unique", "Deze zaak heeft al een resultaat.");
        }
        return new OnderdeelRow(uuid, soort(), zaak.uuid(), in.resultaattype(), null, null, null, data);
    }
}

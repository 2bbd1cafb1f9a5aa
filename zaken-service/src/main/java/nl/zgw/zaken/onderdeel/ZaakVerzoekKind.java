package nl.zgw.zaken.onderdeel;

import jakarta.enterprise.context.ApplicationScoped;

/** ZAAKVERZOEK: the zaak's relation with a verzoek. */
@ApplicationScoped
public class ZaakVerzoekKind extends RelatieKind<ZaakVerzoek> {

    @Override public Soort soort() { return Soort.ZAAKVERZOEK; }

    @Override public Class<ZaakVerzoek> type() { return ZaakVerzoek.class; }

    @Override protected String field() { return "verzoek"; }

    @Override protected String target(ZaakVerzoek in) { return in.verzoek(); }
}

package nl.zgw.zaken.onderdeel;

import jakarta.enterprise.context.ApplicationScoped;

/** ZAAKCONTACTMOMENT: the zaak's relation with a contactmoment. */
@ApplicationScoped
public class ZaakContactMomentKind extends RelatieKind<ZaakContactMoment> {

    @Override public Soort soort() { return Soort.ZAAKCONTACTMOMENT; }

    @Override public Class<ZaakContactMoment> type() { return ZaakContactMoment.class; }

    @Override protected String field() { return "contactmoment"; }

    @Override protected String target(ZaakContactMoment in) { return in.contactmoment(); }
}

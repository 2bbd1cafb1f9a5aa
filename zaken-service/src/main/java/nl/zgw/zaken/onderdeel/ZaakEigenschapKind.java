package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.zaken.zaak.ZaakRow;
import nl.zgw.zaken.zaak.Zaaktypen;

import java.util.UUID;

/** ZAAKEIGENSCHAP: its eigenschap belongs to the zaaktype (zrc-018); {@code naam} is the eigenschap's. */
@ApplicationScoped
public class ZaakEigenschapKind extends OnderdeelKind<ZaakEigenschap> {

    private final Zaaktypen zaaktypen;

    public ZaakEigenschapKind(Zaaktypen zaaktypen) {
        this.zaaktypen = zaaktypen;
    }

    @Override public Soort soort() { return Soort.ZAAKEIGENSCHAP; }

    @Override public Class<ZaakEigenschap> type() { return ZaakEigenschap.class; }

    @Override protected String[] readOnly() { return new String[] {"naam"}; }

    @Override
    protected void prefetch(ZaakEigenschap in) {
        warm(zaaktypen, in.eigenschap(), "eigenschappen");
    }

    @Override
    protected OnderdeelRow toRow(UUID uuid, ZaakEigenschap in, ObjectNode data, ZaakRow zaak, OnderdeelRow existing) {
        JsonNode eigenschap = typeOfZaak(zaaktypen, "eigenschap", in.eigenschap(), "eigenschappen", zaak);
        String naam = eigenschap.path("naam").asText("");
        data.put("naam", naam);
        return new OnderdeelRow(uuid, soort(), zaak.uuid(), in.eigenschap(), naam, null, null, data);
    }

    @Override
    protected String weergave(OnderdeelRow row) {
        return row.sleutel() + ": " + row.data().path("waarde").asText();
    }
}

package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.zaken.zaak.ZaakRow;

import java.util.UUID;

/** KLANTCONTACT: a contact with a klant about the zaak (create and read only). */
@ApplicationScoped
public class KlantContactKind extends OnderdeelKind<KlantContact> {

    @Override public Soort soort() { return Soort.KLANTCONTACT; }

    @Override public Class<KlantContact> type() { return KlantContact.class; }

    @Override
    protected OnderdeelRow toRow(UUID uuid, KlantContact in, ObjectNode data, ZaakRow zaak, OnderdeelRow existing) {
        if (in.identificatie() == null) {
            data.put("identificatie", "");
        }
        return new OnderdeelRow(uuid, soort(), zaak.uuid(), null, in.identificatie(), null, in.datumtijd(), data);
    }
}

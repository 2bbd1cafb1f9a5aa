package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.zaken.zaak.ZaakRow;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** ZAAKNOTITIE: aanmaakdatum kept, wijzigingsdatum set on every change; written with zaken.bijwerken. */
@ApplicationScoped
public class ZaakNotitieKind extends OnderdeelKind<ZaakNotitie> {

    @Override public Soort soort() { return Soort.ZAAKNOTITIE; }

    @Override public Class<ZaakNotitie> type() { return ZaakNotitie.class; }

    @Override protected String[] readOnly() { return new String[] {"aanmaakdatum", "wijzigingsdatum", "gerelateerdAan"}; }

    @Override protected String zaakField() { return "gerelateerdAan"; }

    @Override
    protected List<String> scopes(String actie) {
        return List.of(BIJWERKEN);
    }

    @Override
    protected OnderdeelRow toRow(UUID uuid, ZaakNotitie in, ObjectNode data, ZaakRow zaak, OnderdeelRow existing) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        OffsetDateTime aanmaak = existing == null ? now : existing.moment();
        data.put("aanmaakdatum", aanmaak.toString());
        data.put("wijzigingsdatum", now.toString());
        if (in.status() == null) {
            data.put("status", "concept");
        }
        return new OnderdeelRow(uuid, soort(), zaak.uuid(), null, null, in.notitieType(), aanmaak, data);
    }

    /** gerelateerdAan: the zaak's URL. */
    @Override
    protected void complete(List<OnderdeelRow> rows, List<ObjectNode> nodes) {
        nodes.forEach(n -> n.put("gerelateerdAan", n.path("zaak").asText()));
    }

    @Override
    protected String weergave(OnderdeelRow row) {
        return row.data().path("onderwerp").asText();
    }
}

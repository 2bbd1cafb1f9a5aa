package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.zaken.zaak.ZaakRow;
import nl.zgw.zaken.zaak.Zaaktypen;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * ROL: its roltype belongs to the zaaktype (zrc-019) and gives omschrijving and
 * omschrijvingGeneriek; the betrokkene is a URL, an identificatie of the shape of its
 * betrokkeneType, or both ({@code invalid-betrokkene} when neither).
 */
@ApplicationScoped
public class RolKind extends OnderdeelKind<Rol> {

    private final Zaaktypen zaaktypen;
    private final IdentificatieShapes shapes;
    private final OnderdeelStore store;
    private final ResourceUrls urls;

    public RolKind(Zaaktypen zaaktypen, IdentificatieShapes shapes, OnderdeelStore store, ResourceUrls urls) {
        this.zaaktypen = zaaktypen;
        this.shapes = shapes;
        this.store = store;
        this.urls = urls;
    }

    @Override public Soort soort() { return Soort.ROL; }

    @Override public Class<Rol> type() { return Rol.class; }

    @Override
    protected String[] readOnly() {
        return new String[] {"omschrijving", "omschrijvingGeneriek", "registratiedatum", "statussen"};
    }

    @Override
    protected void prefetch(Rol in) {
        warm(zaaktypen, in.roltype(), "roltypen");
    }

    @Override
    protected OnderdeelRow toRow(UUID uuid, Rol in, ObjectNode data, ZaakRow zaak, OnderdeelRow existing) {
        JsonNode roltype = typeOfZaak(zaaktypen, "roltype", in.roltype(), "roltypen", zaak);
        JsonNode identificatie = in.betrokkeneIdentificatie();
        boolean noIdentificatie = identificatie == null || identificatie.isNull() || identificatie.isEmpty();
        if ((in.betrokkene() == null || in.betrokkene().isEmpty()) && noIdentificatie) {
            throw new ValidationException(List.of(FieldValidationError.nonField("invalid-betrokkene",
                    "Geef betrokkene of betrokkeneIdentificatie op.")));
        }
        List<FieldValidationError> errors = shapes.validate("rol", in.betrokkeneType(), identificatie,
                "betrokkeneIdentificatie");
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (identificatie == null || identificatie.isNull()) {
            data.remove("betrokkeneIdentificatie");
        }
        OffsetDateTime registratie = existing != null ? existing.moment()
                : OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        data.put("omschrijving", roltype.path("omschrijving").asText(""));
        data.put("omschrijvingGeneriek", roltype.path("omschrijvingGeneriek").asText(""));
        data.put("registratiedatum", registratie.toString());
        return new OnderdeelRow(uuid, soort(), zaak.uuid(), in.roltype(), in.betrokkene(), in.betrokkeneType(),
                registratie, data);
    }

    /** statussen: the statussen this rol set (their gezetdoor). */
    @Override
    protected void complete(List<OnderdeelRow> rows, List<ObjectNode> nodes) {
        Set<UUID> zaken = new LinkedHashSet<>();
        List<String> rollen = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            zaken.add(rows.get(i).zaak());
            rollen.add(nodes.get(i).path("url").asText());
        }
        Map<String, List<String>> statussen = new HashMap<>();
        for (String[] pair : store.gezetDoor(zaken, rollen)) {
            statussen.computeIfAbsent(pair[0], k -> new ArrayList<>())
                    .add(urls.own(Soort.STATUS.collection(), UUID.fromString(pair[1])).toString());
        }
        for (ObjectNode node : nodes) {
            ArrayNodes.set(node, "statussen", statussen.getOrDefault(node.path("url").asText(), List.of()));
        }
    }

    @Override
    protected String weergave(OnderdeelRow row) {
        return row.data().path("omschrijving").asText() + " (" + row.subsoort() + ")";
    }
}

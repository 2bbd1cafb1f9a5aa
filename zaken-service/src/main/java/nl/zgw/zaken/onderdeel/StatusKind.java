package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.problem.PermissionDeniedException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.zaken.zaak.ZaakRow;
import nl.zgw.zaken.zaak.Zaaktypen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * STATUS: its statustype belongs to the zaaktype (zrc-016). The zaak's status is the one with the
 * latest datumStatusGezet. Setting an eindstatus closes the zaak (zrc-007, needs a resultaat);
 * another status on a closed zaak reopens it (zrc-008, needs {@code zaken.heropenen}). With only
 * {@code zaken.aanmaken} a client sets the first status.
 */
@ApplicationScoped
public class StatusKind extends OnderdeelKind<Status> {

    static final String AANMAKEN = "zaken.aanmaken";
    static final String TOEVOEGEN = "zaken.statussen.toevoegen";
    static final String HEROPENEN = "zaken.heropenen";
    private static final java.time.ZoneId NEDERLAND = java.time.ZoneId.of("Europe/Amsterdam");

    private final Zaaktypen zaaktypen;
    private final OnderdeelStore store;
    private final Afsluiten afsluiten;
    private final ResourceUrls urls;
    private final GebruiksrechtenGezet gebruiksrechten;

    public StatusKind(Zaaktypen zaaktypen, OnderdeelStore store, Afsluiten afsluiten, ResourceUrls urls,
                      GebruiksrechtenGezet gebruiksrechten) {
        this.gebruiksrechten = gebruiksrechten;
        this.zaaktypen = zaaktypen;
        this.store = store;
        this.afsluiten = afsluiten;
        this.urls = urls;
    }

    @Override public Soort soort() { return Soort.STATUS; }

    @Override public Class<Status> type() { return Status.class; }

    @Override
    protected String[] readOnly() {
        return new String[] {"indicatieLaatstGezetteStatus", "zaakinformatieobjecten"};
    }

    @Override
    protected List<String> scopes(String actie) {
        return List.of(AANMAKEN, TOEVOEGEN, HEROPENEN);
    }

    @Override
    protected void requireMayChange(CurrentCaller caller, ZaakRow zaak, String actie, Status in) {
        Vertrouwelijkheidaanduiding level = Onderdelen.level(zaak);
        if (scopes(actie).stream().noneMatch(s -> caller.allowedTypes(s).permits(zaak.zaaktype(), level))) {
            throw new PermissionDeniedException("Deze client mag geen statussen zetten bij zaken van dit zaaktype.");
        }
        boolean toevoegen = caller.allowedTypes(TOEVOEGEN).permits(zaak.zaaktype(), level)
                || caller.allowedTypes(HEROPENEN).permits(zaak.zaaktype(), level);
        if (!toevoegen && !store.ofZaak(Soort.STATUS, zaak.uuid()).isEmpty()) {
            throw new PermissionDeniedException("Met " + AANMAKEN + " mag alleen de eerste status van een zaak worden gezet.");
        }
        if (zaak.einddatum() != null && !caller.allowedTypes(HEROPENEN).permits(zaak.zaaktype(), level)) {
            throw new PermissionDeniedException("De zaak is afgesloten; heropenen vraagt " + HEROPENEN + ".");
        }
    }

    @Override
    protected void prefetch(Status in) {
        warm(zaaktypen, in.statustype(), "statustypen");
    }

    /** An eindstatus closes the zaak: its documents need their indicatieGebruiksrecht (read before the lock). */
    @Override
    protected void vooraf(Status in, ZaakRow zaak) {
        boolean eind;
        try {
            eind = eindstatus(zaak, in.statustype());
        } catch (ValidationException fout) {
            return; // reported under the lock, with the other rules
        }
        if (eind) {
            gebruiksrechten.vereis(zaak.uuid());
        }
    }

    @Override
    protected OnderdeelRow toRow(UUID uuid, Status in, ObjectNode data, ZaakRow zaak, OnderdeelRow existing) {
        typeOfZaak(zaaktypen, "statustype", in.statustype(), "statustypen", zaak);
        if (in.gezetdoor() != null && !in.gezetdoor().isEmpty()) {
            UUID rol = urls.ownUuid(ResourceUrl.parse("gezetdoor", in.gezetdoor()), Soort.ROL.collection())
                    .orElseThrow(() -> ValidationException.of("gezetdoor", "no_match", "Geen rol van deze Zaken API."));
            if (store.find(Soort.ROL, rol).filter(r -> r.zaak().equals(zaak.uuid())).isEmpty()) {
                throw ValidationException.of("gezetdoor", "does_not_exist", "Deze zaak heeft geen rol met deze URL.");
            }
        }
        return new OnderdeelRow(uuid, soort(), zaak.uuid(), in.statustype(), null, null, in.datumStatusGezet(), data);
    }

    /**
     * The zaak follows the status just set, as the reference implementation does: an eindstatus
     * closes it (einddatum: the date of datumStatusGezet in the Netherlands), any other status
     * reopens a closed zaak.
     */
    @Override
    protected void afterSave(OnderdeelRow row, ZaakRow zaak, OnderdeelRow previous) {
        if (eindstatus(zaak, row.type())) {
            afsluiten.sluit(zaak, row.moment().atZoneSameInstant(NEDERLAND).toLocalDate());
        } else if (zaak.einddatum() != null) {
            afsluiten.heropen(zaak);
        }
    }

    /** The statustype with the highest volgnummer of the zaaktype is the eindstatus. */
    private boolean eindstatus(ZaakRow zaak, String statustypeUrl) {
        JsonNode statustype = zaaktypen.type("statustype", statustypeUrl, "statustypen");
        if (statustype.has("isEindstatus")) {
            return statustype.path("isEindstatus").asBoolean();
        }
        int hoogste = Integer.MIN_VALUE;
        for (JsonNode url : zaaktypen.published("zaaktype", zaak.zaaktype()).path("statustypen")) {
            hoogste = Math.max(hoogste, zaaktypen.type("statustype", url.asText(), "statustypen").path("volgnummer").asInt());
        }
        return statustype.path("volgnummer").asInt() == hoogste;
    }

    @Override
    protected void complete(List<OnderdeelRow> rows, List<ObjectNode> nodes) {
        Set<UUID> zaken = new LinkedHashSet<>();
        rows.forEach(r -> zaken.add(r.zaak()));
        Set<UUID> latest = new HashSet<>(store.overzicht(zaken).latestStatus().values());
        List<String> statussen = rows.stream().map(r -> urls.own(Soort.STATUS.collection(), r.uuid()).toString()).toList();
        java.util.Map<String, List<String>> documenten = new java.util.HashMap<>();
        for (String[] pair : store.zaakinformatieobjectenVan(statussen)) {
            documenten.computeIfAbsent(pair[0], k -> new ArrayList<>())
                    .add(urls.own(Soort.ZAAKINFORMATIEOBJECT.collection(), UUID.fromString(pair[1])).toString());
        }
        for (int i = 0; i < rows.size(); i++) {
            nodes.get(i).put("indicatieLaatstGezetteStatus", latest.contains(rows.get(i).uuid()));
            ArrayNodes.set(nodes.get(i), "zaakinformatieobjecten", documenten.getOrDefault(statussen.get(i), List.of()));
        }
    }

    @Override
    protected String weergave(OnderdeelRow row) {
        return "status " + row.moment();
    }
}

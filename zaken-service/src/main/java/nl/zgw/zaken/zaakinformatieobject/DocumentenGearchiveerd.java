package nl.zgw.zaken.zaakinformatieobject;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.documenten.DocumentenApi;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.zaken.onderdeel.OnderdeelRow;
import nl.zgw.zaken.onderdeel.OnderdeelStore;
import nl.zgw.zaken.onderdeel.Onderdelen;
import nl.zgw.zaken.onderdeel.Soort;
import nl.zgw.zaken.zaak.ZaakRow;
import nl.zgw.zaken.zaak.ZaakStore;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * zrc-022, the documents: a zaak gets an archiefstatus other than nog_te_archiveren only when every
 * document of it (its zaakinformatieobjecten) has status {@code gearchiveerd}
 * ({@code documents-not-archived}). The documents are read from the Documenten API by the zaak
 * (a page per hundred), those not found that way one by one. That happens before the zaak is
 * locked ({@link #vooraf}); under the lock ({@link #vereis}) only a zaakinformatieobject added
 * since is read then.
 */
@ApplicationScoped
public class DocumentenGearchiveerd {

    public static final String CODE = "documents-not-archived";

    /**
     * The zaakinformatieobjecten whose documents this request found archived, per zaak. Used through
     * its methods only: the bean is reached through a client proxy, whose own fields are not the request's.
     */
    @RequestScoped
    public static class Gecontroleerd {
        private final Map<UUID, Set<UUID>> perZaak = new java.util.HashMap<>();

        public Set<UUID> van(UUID zaak) {
            return perZaak.getOrDefault(zaak, Set.of());
        }

        public void voegToe(UUID zaak, java.util.Collection<UUID> relaties) {
            perZaak.computeIfAbsent(zaak, k -> new HashSet<>()).addAll(relaties);
        }
    }

    private final OnderdeelStore store;
    private final ZaakStore zaken;
    private final DocumentenApi documenten;
    private final ResourceUrls urls;
    private final CurrentCaller caller;
    private final Gecontroleerd gecontroleerd;

    public DocumentenGearchiveerd(OnderdeelStore store, ZaakStore zaken, DocumentenApi documenten, ResourceUrls urls,
                                  CurrentCaller caller, Gecontroleerd gecontroleerd) {
        this.store = store;
        this.zaken = zaken;
        this.documenten = documenten;
        this.urls = urls;
        this.caller = caller;
        this.gecontroleerd = gecontroleerd;
    }

    /**
     * Before a change that sets {@code archiefstatus}, outside any transaction: the documents are
     * checked now (400 when one is not archived). Only for a caller that may change the zaak at
     * all; for another the change itself answers 403.
     */
    public void vooraf(UUID zaak, String archiefstatus) {
        if (archiefstatus == null || "nog_te_archiveren".equals(archiefstatus)) {
            return;
        }
        ZaakRow row = zaken.find(zaak).orElse(null);
        if (row == null || archiefstatus.equals(row.archiefstatus()) || !mayChange(row)) {
            return;
        }
        controleer(zaak, store.ofZaak(Soort.ZAAKINFORMATIEOBJECT, zaak));
    }

    /** Under the zaak's lock: what {@link #vooraf} did not check (a zaakinformatieobject added since). */
    public void vereis(UUID zaak) {
        List<OnderdeelRow> relaties = store.ofZaak(Soort.ZAAKINFORMATIEOBJECT, zaak);
        Set<UUID> al = gecontroleerd.van(zaak);
        List<OnderdeelRow> nieuw = relaties.stream().filter(r -> !al.contains(r.uuid())).toList();
        if (!nieuw.isEmpty()) {
            controleer(zaak, nieuw);
        }
    }

    private void controleer(UUID zaak, List<OnderdeelRow> relaties) {
        if (relaties.isEmpty()) {
            return;
        }
        Map<String, JsonNode> gevonden = documenten.documentenVan(urls.own("zaken", zaak).toString(),
                relaties.stream().map(OnderdeelRow::sleutel).toList());
        List<String> niet = new ArrayList<>();
        for (OnderdeelRow relatie : relaties) {
            JsonNode document = gevonden.get(relatie.sleutel());
            if (document == null) {
                throw ValidationException.of("archiefstatus", "bad-url", "Het informatieobject " + relatie.sleutel()
                        + " bestaat niet.");
            }
            if (!"gearchiveerd".equals(document.path("status").asText())) {
                niet.add(relatie.sleutel());
            }
        }
        if (!niet.isEmpty()) {
            throw ValidationException.of("archiefstatus", CODE, "Niet alle informatieobjecten van de zaak zijn "
                    + "gearchiveerd: " + String.join(", ", niet.subList(0, Math.min(10, niet.size())))
                    + (niet.size() > 10 ? " en " + (niet.size() - 10) + " andere." : "."));
        }
        gecontroleerd.voegToe(zaak, relaties.stream().map(OnderdeelRow::uuid).toList());
    }

    private boolean mayChange(ZaakRow zaak) {
        var level = Onderdelen.level(zaak);
        return caller.allowedTypes("zaken.bijwerken").permits(zaak.zaaktype(), level)
                || caller.allowedTypes("zaken.geforceerd-bijwerken").permits(zaak.zaaktype(), level);
    }
}

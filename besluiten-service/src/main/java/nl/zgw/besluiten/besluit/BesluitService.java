package nl.zgw.besluiten.besluit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.zgw.besluiten.besluit.validation.Beslisdatum;
import nl.zgw.besluiten.besluit.validation.Besluitnummers;
import nl.zgw.besluiten.besluit.validation.Besluittype;
import nl.zgw.besluiten.besluit.validation.Onveranderlijk;
import nl.zgw.besluiten.besluit.validation.ZaakRelatie;
import nl.zgw.besluiten.besluitinformatieobject.BesluitInformatieObjectSpiegel;
import nl.zgw.besluiten.besluitinformatieobject.BesluitInformatieObjectStore;
import nl.zgw.shared.auth.AllowedTypes;
import nl.zgw.shared.problem.ConflictException;
import nl.zgw.shared.spiegeling.SpiegelTaken;
import nl.zgw.shared.json.PartialUpdates;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.sql.Blokken;
import nl.zgw.shared.sql.Where;
import nl.zgw.shared.wijziging.Wijziging;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * The use cases of besluiten. Lists are filtered in SQL on the besluittypen the client may read; a
 * besluit the client may not see is a 403. Every change locks the besluit, checks the rules (one
 * class each, in {@code validation}) and fires one {@link Wijziging}: published on kanaal
 * {@code besluiten} and written to the besluit's audit trail in the same transaction.
 */
@ApplicationScoped
public class BesluitService {

    static final String LEZEN = "besluiten.lezen";
    private static final String[] READ_ONLY = {"url", "vervalredenWeergave", "_expand"};

    private final BesluitStore store;
    private final BesluitMapper mapper;
    private final BesluitToegang toegang;
    private final Besluittype besluittype;
    private final Besluitnummers nummers;
    private final ZaakRelatie zaakRelatie;
    private final ObjectMapper json;
    private final PartialUpdates partialUpdates;
    private final Event<Wijziging> gewijzigd;
    private final SpiegelTaken taken;
    private final BesluitInformatieObjectStore documenten;

    public BesluitService(BesluitStore store, BesluitMapper mapper, BesluitToegang toegang, Besluittype besluittype,
                          Besluitnummers nummers, ZaakRelatie zaakRelatie, ObjectMapper json,
                          PartialUpdates partialUpdates, Event<Wijziging> gewijzigd, SpiegelTaken taken,
                          BesluitInformatieObjectStore documenten) {
        this.taken = taken;
        this.documenten = documenten;
        this.store = store;
        this.mapper = mapper;
        this.toegang = toegang;
        this.besluittype = besluittype;
        this.nummers = nummers;
        this.zaakRelatie = zaakRelatie;
        this.json = json;
        this.partialUpdates = partialUpdates;
        this.gewijzigd = gewijzigd;
    }

    /**
     * One count and one page query; the page is presented without further queries. The count of a
     * list with no filter but the authorisation filter is summed from the counts kept per besluittype
     * (ADR 0020).
     */
    @Transactional
    public Page<Besluit> list(Where filters, PageRequest request, URI requestUrl) {
        AllowedTypes.SqlCondition allowed = toegang.lijst(LEZEN, "b.besluittype");
        Where where = new Where().and(filters).and(allowed.sql(), allowed.parameters().toArray());
        long count = filters.isEmpty() ? store.countFromTelling(where) : store.count(where);
        request.requireExists(count);
        // every besluit: a deep page starts from the counts per block (ADR 0020)
        List<BesluitRow> rows = filters.isEmpty() && toegang.alles(LEZEN) && Blokken.diep(request.offset())
                ? store.pageOngefilterd(request.offset(), request.pageSize())
                : store.page(where, request.offset(), request.pageSize());
        return Page.of(request, count, mapper.present(rows), requestUrl);
    }

    /** The besluiten of these uuids the client may read (one query): what {@code expand} shows of them. */
    @Transactional
    public List<Besluit> leesbaar(java.util.Collection<UUID> uuids) {
        if (uuids.isEmpty()) {
            return List.of();
        }
        AllowedTypes.SqlCondition allowed = toegang.lijst(LEZEN, "b.besluittype");
        Where where = new Where().in("b.uuid", uuids).and(allowed.sql(), allowed.parameters().toArray());
        return mapper.present(store.page(where, 0, uuids.size()));
    }

    @Transactional
    public Besluit read(UUID uuid) {
        BesluitRow row = store.find(uuid).orElseThrow(BesluitService::nietGevonden);
        toegang.vereis(LEZEN, row.besluittype(), "Deze client mag dit besluit niet lezen.");
        return mapper.present(row);
    }

    @Transactional
    public Besluit create(Besluit in) {
        toegang.vereis("besluiten.aanmaken", in.besluittype(), "Deze client mag geen besluiten van dit besluittype aanmaken.");
        String zaak = zaakRelatie.zaak(in.zaak());
        Beslisdatum.check(in.datum());
        besluittype.gepubliceerd(in.besluittype());
        String identificatie = nummers.voorNieuwBesluit(in.verantwoordelijkeOrganisatie(), in.identificatie(), in.datum());
        BesluitRow row = row(UUID.randomUUID(), in, identificatie, zaak);
        store.insert(row);
        Besluit created = mapper.present(row);
        if (zaak != null) { // announced once the Zaken API has its zaakbesluit (brc-006, ADR 0016)
            taken.aanmaken(row.uuid(), ZaakBesluitSpiegel.SOORT, created.url(), zaak);
        } else {
            gewijzigd.fire(BesluitenNotificaties.wijziging(row, created.url(), "create", null, created));
        }
        return created;
    }

    /** 403 unless the client may create besluiten of this besluittype (checked again when it does). */
    public void magAanmaken(String besluittype) {
        toegang.vereis("besluiten.aanmaken", besluittype, "Deze client mag geen besluiten van dit besluittype aanmaken.");
    }

    /** In the caller's transaction: the besluit's zaakbesluit exists, its creation is announced; false when it is gone. */
    public boolean kondigAan(UUID uuid) {
        return store.find(uuid).map(row -> {
            Besluit created = mapper.present(row);
            gewijzigd.fire(BesluitenNotificaties.wijziging(row, created.url(), "create", null, created));
            return true;
        }).orElse(false);
    }

    /** Whether the besluit exists (no authorisation: for the service's own bookkeeping). */
    public boolean bestaat(UUID uuid) {
        return store.find(uuid).isPresent();
    }

    /**
     * In the caller's transaction: a besluit whose zaakbesluit was not made goes, unannounced, and its
     * identificatie is free again (the client may send the same besluit once more).
     */
    public void trekIn(UUID uuid) {
        store.find(uuid).ifPresent(row -> {
            store.delete(uuid);
            store.geefVrij(row.verantwoordelijkeOrganisatie(), row.identificatie());
        });
    }

    @Transactional
    public Besluit update(UUID uuid, Besluit in) {
        return save(uuid, in, null, "update");
    }

    @Transactional
    public Besluit partialUpdate(UUID uuid, ObjectNode patch) {
        return save(uuid, null, patch, "partial_update");
    }

    /**
     * brc-009: the besluit goes with its besluitinformatieobjecten and audit trail (cascading in the
     * database), the mirrors of those and its zaakbesluit after (tasks, ADR 0016); its identificatie
     * is not given again.
     */
    @Transactional
    public void delete(UUID uuid) {
        BesluitRow row = store.lock(uuid).orElseThrow(BesluitService::nietGevonden);
        toegang.vereis("besluiten.verwijderen", row.besluittype(), "Deze client mag dit besluit niet verwijderen.");
        nietOnderweg(uuid);
        String url = mapper.url(uuid);
        // brc-009: its besluitinformatieobjecten go with it (cascading), their mirrors and its zaakbesluit after
        for (BesluitInformatieObjectStore.Rij bio : documenten.vanBesluiten(List.of(uuid))) {
            taken.verwijderen(bio.uuid(), BesluitInformatieObjectSpiegel.SOORT, url, bio.informatieobject());
        }
        if (row.zaak() != null) {
            taken.verwijderen(uuid, ZaakBesluitSpiegel.SOORT, url, row.zaak());
        }
        store.delete(uuid);
        gewijzigd.fire(BesluitenNotificaties.wijziging(row, url, "destroy", null, null));
    }

    /** PUT ({@code put}) or PATCH ({@code patch}, merged onto the besluit as it is). */
    private Besluit save(UUID uuid, Besluit put, ObjectNode patch, String actie) {
        BesluitRow existing = store.lock(uuid).orElseThrow(BesluitService::nietGevonden);
        toegang.vereis("besluiten.bijwerken", existing.besluittype(), "Deze client mag dit besluit niet bijwerken.");
        nietOnderweg(uuid);
        Besluit before = mapper.present(existing);
        Besluit in = put != null ? put : partialUpdates.merge(partialUpdates.tree(before), patch, Besluit.class);
        Onveranderlijk.besluittype(existing, in);
        Onveranderlijk.verantwoordelijkeOrganisatie(existing, in);
        String identificatie = Onveranderlijk.identificatie(existing, in);
        String zaak = zaakRelatie.zaak(in.zaak());
        ZaakRelatie.ongewijzigd(existing, zaak);
        Beslisdatum.check(in.datum());
        BesluitRow row = row(uuid, in, identificatie, zaak);
        store.update(row);
        Besluit after = mapper.present(row);
        gewijzigd.fire(BesluitenNotificaties.wijziging(row, after.url(), actie, before, after));
        return after;
    }

    private BesluitRow row(UUID uuid, Besluit in, String identificatie, String zaak) {
        ObjectNode data = json.valueToTree(in);
        data.remove(List.of(READ_ONLY));
        data.put("identificatie", identificatie);
        data.put("zaak", zaak);
        return new BesluitRow(uuid, identificatie, in.verantwoordelijkeOrganisatie(), in.besluittype(), zaak, in.datum(),
                in.ingangsdatum(), in.vervaldatum(), data);
    }

    /** A besluit whose zaakbesluit is still being made is not changed or deleted yet (409). */
    private void nietOnderweg(UUID uuid) {
        if (taken.wordtAangemaakt(uuid)) {
            throw new ConflictException("aanmaken-onderweg", "Dit besluit wordt nog aangemaakt; probeer het zo opnieuw.");
        }
    }

    private static NotFoundException nietGevonden() {
        return new NotFoundException("Er bestaat geen besluit met deze uuid.");
    }
}

package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.zgw.shared.auth.AllowedTypes;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.json.PartialUpdates;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.sql.Where;
import nl.zgw.shared.wijziging.Wijziging;
import nl.zgw.zaken.zaak.ZaakNotificaties;
import nl.zgw.zaken.zaak.ZaakRow;
import nl.zgw.zaken.zaak.ZaakStore;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The life of every object inside a zaak. Reading needs {@code zaken.lezen} for the zaak's
 * zaaktype and level (lists filter on it in SQL, a detail is a 403); changing takes a lock on the
 * zaak, so changes inside one zaak (closing it, above all) happen one after the other. Every
 * change is published on kanaal {@code zaken} and written to the zaak's audit trail.
 */
@ApplicationScoped
public class Onderdelen {

    public static final String LEZEN = "zaken.lezen";

    private final OnderdeelStore store;
    private final ZaakStore zaken;
    private final CurrentCaller caller;
    private final ResourceUrls urls;
    private final ObjectMapper json;
    private final PartialUpdates partialUpdates;
    private final Event<Wijziging> gewijzigd;
    private final Afsluiten afsluiten;
    @jakarta.inject.Inject
    ZaakBesluiten zaakBesluiten;

    public Onderdelen(OnderdeelStore store, ZaakStore zaken, CurrentCaller caller, ResourceUrls urls, ObjectMapper json,
                      PartialUpdates partialUpdates, Event<Wijziging> gewijzigd, Afsluiten afsluiten) {
        this.afsluiten = afsluiten;
        this.store = store;
        this.zaken = zaken;
        this.caller = caller;
        this.urls = urls;
        this.json = json;
        this.partialUpdates = partialUpdates;
        this.gewijzigd = gewijzigd;
    }

    @Transactional
    public <T extends Onderdeel> Page<T> list(OnderdeelKind<T> kind, Where filters, PageRequest request,
                                              URI requestUrl) {
        AllowedTypes.SqlCondition allowed = caller.allowedTypes(LEZEN).sql("z.zaaktype", "z.vertrouwelijkheid_rank");
        Where where = new Where().and(filters).and(allowed.sql(), allowed.parameters().toArray());
        long count = store.count(kind.soort(), where);
        request.requireExists(count);
        return Page.of(request, count, present(kind, store.page(kind.soort(), where, request.offset(),
                request.pageSize())), requestUrl);
    }

    /** Every object of a kind that matches, for the lists the standard does not page. */
    @Transactional
    public <T extends Onderdeel> List<T> all(OnderdeelKind<T> kind, Where filters) {
        AllowedTypes.SqlCondition allowed = caller.allowedTypes(LEZEN).sql("z.zaaktype", "z.vertrouwelijkheid_rank");
        Where where = new Where().and(filters).and(allowed.sql(), allowed.parameters().toArray());
        return present(kind, store.page(kind.soort(), where, 0, Integer.MAX_VALUE));
    }

    /** All objects of a kind of one zaak (the nested zaakeigenschappen and zaakbesluiten lists). */
    @Transactional
    public <T extends Onderdeel> List<T> ofZaak(OnderdeelKind<T> kind, UUID zaak) {
        readableZaak(zaak);
        return present(kind, store.ofZaak(kind.soort(), zaak));
    }

    @Transactional
    public <T extends Onderdeel> T read(OnderdeelKind<T> kind, UUID uuid) {
        OnderdeelRow row = find(kind, uuid);
        readableZaak(row.zaak());
        return present(kind, List.of(row)).get(0);
    }

    @Transactional
    public <T extends Onderdeel> T create(OnderdeelKind<T> kind, T in) {
        kind.prefetch(in);
        // before the lock, read once: nothing of the zaak is read for a caller that may not change it
        zaakUuid(kind.zaakField(), in.zaak()).flatMap(zaken::find).ifPresent(z -> {
            kind.requireMayChange(caller, z, "create", in);
            besluitenVooraf(kind, z);
            kind.vooraf(in, z);
        });
        ZaakRow zaak = lockZaak(kind.zaakField(), in.zaak());
        kind.requireMayChange(caller, zaak, "create", in);
        OnderdeelRow row = kind.toRow(UUID.randomUUID(), in, data(kind, in), zaak, null);
        store.insert(row);
        kind.afterSave(row, zaak, null);
        if (kind.announcesCreationItself()) {
            rederive(kind, zaak);
            return present(kind, List.of(row)).get(0);
        }
        return changed(kind, row, zaak, "create", null);
    }

    /**
     * The zaak a new object names, when the caller may add to it (400 when it is no zaak of this
     * API, 403 when the caller may not): read without a lock, for checks that ask other APIs before
     * {@link #create} locks the zaak and checks again.
     */
    @Transactional
    public <T extends Onderdeel> ZaakRow zaakToAddTo(OnderdeelKind<T> kind, T in) {
        UUID uuid = zaakUuid(kind.zaakField(), in.zaak()).orElseThrow(() -> ValidationException.of(kind.zaakField(),
                "no_match", "Geen zaak van deze Zaken API."));
        ZaakRow zaak = zaken.find(uuid).orElseThrow(() -> ValidationException.of(kind.zaakField(), "does_not_exist",
                "Ongeldige hyperlink - Object bestaat niet."));
        kind.requireMayChange(caller, zaak, "create", in);
        return zaak;
    }

    /**
     * Announces an object created earlier by a kind that {@link OnderdeelKind#announcesCreationItself()}
     * (notification and audit trail, in the caller's transaction); false when it is gone by now.
     */
    public <T extends Onderdeel> boolean announceCreated(OnderdeelKind<T> kind, UUID uuid) {
        Optional<OnderdeelRow> row = store.find(kind.soort(), uuid);
        Optional<ZaakRow> zaak = row.flatMap(r -> zaken.find(r.zaak()));
        if (zaak.isEmpty()) {
            return false;
        }
        gewijzigd(kind, row.get(), zaak.get(), "create", null, present(kind, List.of(row.get())).get(0));
        return true;
    }

    /** Whether an object of this kind exists (no authorisation: for the service's own bookkeeping). */
    public boolean exists(OnderdeelKind<?> kind, UUID uuid) {
        return store.find(kind.soort(), uuid).isPresent();
    }

    /** Removes an object of a kind that announces its creation itself, before it was announced (no notification). */
    public void withdraw(OnderdeelKind<?> kind, UUID uuid) {
        if (kind.announcesCreationItself() && store.find(kind.soort(), uuid).isPresent()) {
            store.delete(uuid);
        }
    }

    @Transactional
    public <T extends Onderdeel> T update(OnderdeelKind<T> kind, UUID uuid, T in) {
        return update(kind, uuid, in, null);
    }

    /** As {@link #update(OnderdeelKind, UUID, Object)}, for an object that must belong to zaak {@code inZaak} (404 otherwise). */
    @Transactional
    public <T extends Onderdeel> T update(OnderdeelKind<T> kind, UUID uuid, T in, UUID inZaak) {
        kind.prefetch(in);
        Locked locked = lock(kind, uuid, inZaak);
        kind.requireMayChange(caller, locked.zaak(), "update", in);
        return save(kind, locked, in, "update");
    }

    @Transactional
    public <T extends Onderdeel> T partialUpdate(OnderdeelKind<T> kind, UUID uuid, ObjectNode patch) {
        return partialUpdate(kind, uuid, patch, null);
    }

    @Transactional
    public <T extends Onderdeel> T partialUpdate(OnderdeelKind<T> kind, UUID uuid, ObjectNode patch, UUID inZaak) {
        Locked locked = lock(kind, uuid, inZaak);
        T current = present(kind, List.of(locked.row())).get(0);
        kind.requireMayChange(caller, locked.zaak(), "partial_update", current);
        ObjectNode base = partialUpdates.tree(current);
        return save(kind, locked, partialUpdates.merge(base, patch, kind.type()), "partial_update");
    }

    @Transactional
    public <T extends Onderdeel> void delete(OnderdeelKind<T> kind, UUID uuid) {
        delete(kind, uuid, null);
    }

    @Transactional
    public <T extends Onderdeel> void delete(OnderdeelKind<T> kind, UUID uuid, UUID inZaak) {
        Locked locked = lock(kind, uuid, inZaak);
        OnderdeelRow existing = locked.row();
        ZaakRow zaak = locked.zaak();
        T before = present(kind, List.of(existing)).get(0);
        kind.requireMayChange(caller, zaak, "destroy", before);
        store.delete(uuid);
        kind.afterDelete(existing, zaak);
        rederive(kind, zaak);
        gewijzigd(kind, existing, zaak, "destroy", before, null);
    }

    /**
     * A change inside a closed zaak, or a status (which may close it), derives the archive fields:
     * the zaak's besluiten are read before its lock is taken.
     */
    private void besluitenVooraf(OnderdeelKind<?> kind, ZaakRow zaak) {
        if (kind.soort() == Soort.STATUS || DERIVES.contains(kind.soort()) && zaak.einddatum() != null) {
            zaakBesluiten.vooraf(zaak.uuid());
        }
    }

    /** The kinds whose change derives the archive fields of a closed zaak again (zrc-021). */
    private static final java.util.Set<Soort> DERIVES = java.util.EnumSet.of(Soort.RESULTAAT, Soort.ZAAKEIGENSCHAP,
            Soort.ZAAKOBJECT, Soort.ZAAKBESLUIT);

    /** An object and its zaak, read under the zaak's lock. */
    private record Locked(OnderdeelRow row, ZaakRow zaak) {
    }

    /**
     * Locks the zaak of an object and reads the object again under that lock, so that concurrent
     * changes inside one zaak follow each other; 404 when either is gone (or not in {@code inZaak}).
     */
    private Locked lock(OnderdeelKind<?> kind, UUID uuid, UUID inZaak) {
        OnderdeelRow first = find(kind, uuid);
        if (inZaak != null && !inZaak.equals(first.zaak())) {
            throw notFound(kind);
        }
        if (kind.soort() == Soort.STATUS || DERIVES.contains(kind.soort())) {
            zaken.find(first.zaak()).ifPresent(z -> besluitenVooraf(kind, z));
        }
        ZaakRow zaak = zaken.lock(first.zaak()).orElseThrow(() -> notFound(kind));
        OnderdeelRow row = store.find(kind.soort(), uuid).orElseThrow(() -> notFound(kind));
        return new Locked(row, zaak);
    }

    private <T extends Onderdeel> T save(OnderdeelKind<T> kind, Locked locked, T in, String actie) {
        ZaakRow zaak = locked.zaak();
        OnderdeelRow existing = locked.row();
        if (!zaakUrl(zaak.uuid()).equals(in.zaak())) {
            throw ValidationException.of(kind.zaakField(), "wijzigen-niet-toegelaten", "De zaak van een "
                    + kind.soort().resource() + " wijzigt niet.");
        }
        T before = present(kind, List.of(existing)).get(0);
        OnderdeelRow row = kind.toRow(existing.uuid(), in, data(kind, in), zaak, existing);
        store.update(row);
        kind.afterSave(row, zaak, existing);
        return changed(kind, row, zaak, actie, before);
    }

    private <T extends Onderdeel> T changed(OnderdeelKind<T> kind, OnderdeelRow row, ZaakRow zaak, String actie, T before) {
        rederive(kind, zaak);
        T after = present(kind, List.of(row)).get(0);
        gewijzigd(kind, row, zaak, actie, before, after);
        return after;
    }

    /** The archive fields of a closed zaak follow its resultaat, eigenschappen, zaakobjecten and besluiten (zrc-021). */
    private void rederive(OnderdeelKind<?> kind, ZaakRow zaak) {
        if (zaak.einddatum() != null && DERIVES.contains(kind.soort())) {
            afsluiten.herbereken(zaak);
        }
    }

    /** Published on kanaal {@code zaken} and written to the zaak's audit trail by the shared observers. */
    private void gewijzigd(OnderdeelKind<?> kind, OnderdeelRow row, ZaakRow zaak, String actie, Object oud, Object nieuw) {
        gewijzigd.fire(ZaakNotificaties.wijziging(zaak, zaakUrl(zaak.uuid()), kind.soort().resource(), url(kind, row),
                actie, kind.weergave(row), oud, nieuw));
    }

    /** The zaak a body names, locked for the change: 400 when it is not a zaak of this API. */
    private ZaakRow lockZaak(String field, String url) {
        UUID uuid = zaakUuid(field, url).orElseThrow(() -> ValidationException.of(field, "no_match",
                "Geen zaak van deze Zaken API."));
        return zaken.lock(uuid).orElseThrow(() -> ValidationException.of(field, "does_not_exist",
                "Ongeldige hyperlink - Object bestaat niet."));
    }

    /** The uuid of a zaak URL of this API; empty for the URL of another API; 400 when it is no URL. */
    public Optional<UUID> zaakUuid(String field, String url) {
        return urls.ownUuid(ResourceUrl.parse(field, url), "zaken");
    }

    /** The zaak with this uuid, if the caller may read it (404/403 otherwise). */
    public ZaakRow readableZaak(UUID uuid) {
        ZaakRow zaak = zaken.find(uuid).orElseThrow(() -> new NotFoundException("Er bestaat geen zaak met deze uuid."));
        caller.requireAllowed(LEZEN, zaak.zaaktype(), level(zaak));
        return zaak;
    }

    private ObjectNode data(OnderdeelKind<?> kind, Object in) {
        ObjectNode data = json.valueToTree(in);
        data.remove(List.of("url", "uuid", "zaak", "_expand"));
        data.remove(List.of(kind.readOnly()));
        return data;
    }

    private OnderdeelRow find(OnderdeelKind<?> kind, UUID uuid) {
        return store.find(kind.soort(), uuid).orElseThrow(() -> notFound(kind));
    }

    private static NotFoundException notFound(OnderdeelKind<?> kind) {
        return new NotFoundException("Er bestaat geen " + kind.soort().resource() + " met deze uuid.");
    }

    /** 404 unless the zaak exists (the zaak of a nested path). */
    public void requireZaak(UUID zaak) {
        if (zaken.find(zaak).isEmpty()) {
            throw new NotFoundException("Er bestaat geen zaak met deze uuid.");
        }
    }

    /** 404 unless the object exists in zaak {@code zaak} (nested resources); no authorisation here. */
    public void requireIn(OnderdeelKind<?> kind, UUID uuid, UUID zaak) {
        if (!find(kind, uuid).zaak().equals(zaak)) {
            throw notFound(kind);
        }
    }

    /** The representations of rows of one kind, in order, with their computed fields. */
    public <T extends Onderdeel> List<T> present(OnderdeelKind<T> kind, List<OnderdeelRow> rows) {
        List<ObjectNode> nodes = new ArrayList<>();
        for (OnderdeelRow row : rows) {
            ObjectNode node = json.createObjectNode();
            node.put("url", url(kind, row));
            node.put("uuid", row.uuid().toString());
            node.put("zaak", zaakUrl(row.zaak()));
            node.setAll(row.data());
            nodes.add(node);
        }
        kind.complete(rows, nodes);
        List<T> out = new ArrayList<>();
        for (ObjectNode node : nodes) {
            try {
                out.add(json.treeToValue(node, kind.type()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    /** The URL of an object: {@code <collection>/<uuid>}, zaakeigenschappen and zaakbesluiten below their zaak. */
    public String url(OnderdeelKind<?> kind, OnderdeelRow row) {
        String collection = kind.soort().nested()
                ? "zaken/" + row.zaak() + "/" + kind.soort().collection() : kind.soort().collection();
        return urls.own(collection, row.uuid()).toString();
    }

    public String zaakUrl(UUID zaak) {
        return urls.own("zaken", zaak).toString();
    }

    public static Vertrouwelijkheidaanduiding level(ZaakRow zaak) {
        return Vertrouwelijkheidaanduiding.ofValue(zaak.vertrouwelijkheidaanduiding()).orElseThrow();
    }
}

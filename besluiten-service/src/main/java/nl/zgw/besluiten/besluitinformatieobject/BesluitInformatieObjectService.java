package nl.zgw.besluiten.besluitinformatieobject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.zgw.besluiten.besluit.BesluitMapper;
import nl.zgw.besluiten.besluit.BesluitRow;
import nl.zgw.besluiten.besluit.BesluitStore;
import nl.zgw.besluiten.besluit.BesluitToegang;
import nl.zgw.besluiten.besluit.BesluitenNotificaties;
import nl.zgw.shared.auth.AllowedTypes;
import nl.zgw.shared.problem.ConflictException;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.spiegeling.SpiegelTaken;
import nl.zgw.shared.sql.Where;
import nl.zgw.shared.wijziging.Wijziging;

import java.util.List;
import java.util.UUID;

/**
 * The local side of besluitinformatieobjecten, each step a transaction: read with
 * {@code besluiten.lezen} for the besluit's besluittype (lists filtered in SQL); created with
 * {@code besluiten.aanmaken}, under the besluit's lock, once per pair ({@code unique}), with a task
 * for its mirror (ADR 0016), announced only once the mirror exists ({@link #kondigAan}); deleted
 * with {@code besluiten.verwijderen}, announced at once, with a task to remove the mirror.
 */
@ApplicationScoped
public class BesluitInformatieObjectService {

    static final String COLLECTION = "besluitinformatieobjecten";
    static final String RESOURCE = "besluitinformatieobject";

    private final BesluitInformatieObjectStore store;
    private final BesluitStore besluiten;
    private final BesluitMapper besluitMapper;
    private final BesluitToegang toegang;
    private final ResourceUrls urls;
    private final SpiegelTaken taken;
    private final Event<Wijziging> gewijzigd;

    public BesluitInformatieObjectService(BesluitInformatieObjectStore store, BesluitStore besluiten,
                                          BesluitMapper besluitMapper, BesluitToegang toegang, ResourceUrls urls,
                                          SpiegelTaken taken, Event<Wijziging> gewijzigd) {
        this.store = store;
        this.besluiten = besluiten;
        this.besluitMapper = besluitMapper;
        this.toegang = toegang;
        this.urls = urls;
        this.taken = taken;
        this.gewijzigd = gewijzigd;
    }

    @Transactional
    public List<BesluitInformatieObject> list(Where filters) {
        AllowedTypes.SqlCondition allowed = toegang.lijst("besluiten.lezen", "b.besluittype");
        Where where = new Where().and(filters).and(allowed.sql(), allowed.parameters().toArray());
        return store.all(where).stream().map(this::present).toList();
    }

    @Transactional
    public BesluitInformatieObject read(UUID uuid) {
        BesluitInformatieObjectStore.Rij rij = store.find(uuid).orElseThrow(BesluitInformatieObjectService::nietGevonden);
        toegang.vereis("besluiten.lezen", rij.besluittype(), "Deze client mag dit besluitinformatieobject niet lezen.");
        return present(rij);
    }

    /**
     * The besluit a body names, when the caller may add to it: 400 when it is no besluit of this API
     * ({@code bad-url}) or does not exist ({@code does_not_exist}), 403 without the scope; read
     * without a lock, for the checks that ask other APIs first.
     */
    @Transactional
    public BesluitRow besluitOmAanTeVullen(String besluit) {
        UUID uuid = urls.ownUuid(ResourceUrl.parse("besluit", besluit), BesluitMapper.COLLECTION)
                .orElseThrow(() -> ValidationException.of("besluit", "bad-url", "Geen besluit van deze Besluiten API."));
        BesluitRow row = besluiten.find(uuid).orElseThrow(() -> ValidationException.of("besluit", "does_not_exist",
                "Ongeldige hyperlink - Object bestaat niet."));
        toegang.vereis("besluiten.aanmaken", row.besluittype(), "Deze client mag geen documenten aan dit besluit koppelen.");
        return row;
    }

    /** Stores the relation with its creation task, under the besluit's lock; not announced yet. */
    @Transactional
    public BesluitInformatieObject create(UUID besluitUuid, String informatieobject, String soort) {
        BesluitRow besluit = besluiten.lock(besluitUuid).orElseThrow(() -> ValidationException.of("besluit",
                "does_not_exist", "Ongeldige hyperlink - Object bestaat niet."));
        toegang.vereis("besluiten.aanmaken", besluit.besluittype(), "Deze client mag geen documenten aan dit besluit koppelen.");
        if (taken.wordtAangemaakt(besluitUuid)) {
            throw new ConflictException("aanmaken-onderweg", "Dit besluit wordt nog aangemaakt; probeer het zo opnieuw.");
        }
        if (store.bestaat(besluitUuid, informatieobject)) {
            throw new ValidationException(List.of(FieldValidationError.nonField("unique",
                    "Dit informatieobject hoort al bij dit besluit.")));
        }
        UUID uuid = UUID.randomUUID();
        store.insert(uuid, besluitUuid, informatieobject);
        taken.aanmaken(uuid, soort, besluitMapper.url(besluitUuid), informatieobject);
        return new BesluitInformatieObject(url(uuid), informatieobject, besluitMapper.url(besluitUuid));
    }

    /** Deletes the relation, announced at once, with a task to remove its mirror. */
    @Transactional
    public void delete(UUID uuid, String soort) {
        BesluitInformatieObjectStore.Rij eerst = store.find(uuid).orElseThrow(BesluitInformatieObjectService::nietGevonden);
        BesluitRow besluit = besluiten.lock(eerst.besluit()).orElseThrow(BesluitInformatieObjectService::nietGevonden);
        BesluitInformatieObjectStore.Rij rij = store.find(uuid).orElseThrow(BesluitInformatieObjectService::nietGevonden);
        toegang.vereis("besluiten.verwijderen", besluit.besluittype(), "Deze client mag dit besluitinformatieobject niet verwijderen.");
        if (taken.wordtAangemaakt(uuid)) {
            throw new ConflictException("aanmaken-onderweg", "Dit besluitinformatieobject wordt nog aangemaakt; "
                    + "probeer het zo opnieuw.");
        }
        BesluitInformatieObject before = present(rij);
        store.delete(uuid);
        taken.verwijderen(uuid, soort, besluitMapper.url(besluit.uuid()), rij.informatieobject());
        gewijzigd.fire(wijziging(besluit, before, "destroy", before, null));
    }

    /** In the caller's transaction: the relation's mirror exists, its creation is announced; false when it is gone. */
    public boolean kondigAan(UUID uuid) {
        BesluitInformatieObjectStore.Rij rij = store.find(uuid).orElse(null);
        BesluitRow besluit = rij == null ? null : besluiten.find(rij.besluit()).orElse(null);
        if (besluit == null) {
            return false;
        }
        BesluitInformatieObject created = present(rij);
        gewijzigd.fire(wijziging(besluit, created, "create", null, created));
        return true;
    }

    /** Whether the relation exists (no authorisation: for the service's own bookkeeping). */
    public boolean bestaat(UUID uuid) {
        return store.find(uuid).isPresent();
    }

    /** In the caller's transaction: a relation whose mirror was not made goes, unannounced. */
    public void trekIn(UUID uuid) {
        store.delete(uuid);
    }

    private Wijziging wijziging(BesluitRow besluit, BesluitInformatieObject bio, String actie, Object oud, Object nieuw) {
        return BesluitenNotificaties.wijziging(besluit, besluitMapper.url(besluit.uuid()), RESOURCE, bio.url(), actie,
                "besluitinformatieobject " + bio.informatieobject(), oud, nieuw);
    }

    private BesluitInformatieObject present(BesluitInformatieObjectStore.Rij rij) {
        return new BesluitInformatieObject(url(rij.uuid()), rij.informatieobject(), besluitMapper.url(rij.besluit()));
    }

    private String url(UUID uuid) {
        return urls.own(COLLECTION, uuid).toString();
    }

    private static NotFoundException nietGevonden() {
        return new NotFoundException("Er bestaat geen besluitinformatieobject met deze uuid.");
    }
}

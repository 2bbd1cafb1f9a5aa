package nl.zgw.documenten.gebruiksrecht;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.zgw.documenten.informatieobject.DocumentToegang;
import nl.zgw.documenten.informatieobject.DocumentenNotificaties;
import nl.zgw.documenten.informatieobject.InformatieObjectMapper;
import nl.zgw.documenten.informatieobject.InformatieObjectRow;
import nl.zgw.documenten.informatieobject.InformatieObjectStore;
import nl.zgw.documenten.informatieobject.VersieRow;
import nl.zgw.shared.auth.AllowedTypes;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.json.PartialUpdates;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.sql.Where;
import nl.zgw.shared.wijziging.Wijziging;

import java.util.List;
import java.util.UUID;

/**
 * The gebruiksrechten of documents. Read and changed with the scopes for the document's type and
 * level; drc-006: the document's {@code indicatieGebruiksrecht} follows them (true with the first,
 * null after the last), in its current version. Every change is announced and audited under the
 * document.
 */
@ApplicationScoped
public class GebruiksrechtService {

    static final String COLLECTION = "gebruiksrechten";
    private static final String RESOURCE = "gebruiksrechten";

    private final GebruiksrechtStore store;
    private final InformatieObjectStore documenten;
    private final InformatieObjectMapper documentMapper;
    private final CurrentCaller caller;
    private final ObjectMapper json;
    private final PartialUpdates partialUpdates;
    private final Event<Wijziging> gewijzigd;
    private final DocumentToegang toegang;

    public GebruiksrechtService(GebruiksrechtStore store, InformatieObjectStore documenten,
                                InformatieObjectMapper documentMapper, CurrentCaller caller,
                                ObjectMapper json, PartialUpdates partialUpdates, Event<Wijziging> gewijzigd,
                                DocumentToegang toegang) {
        this.toegang = toegang;
        this.store = store;
        this.documenten = documenten;
        this.documentMapper = documentMapper;
        this.caller = caller;
        this.json = json;
        this.partialUpdates = partialUpdates;
        this.gewijzigd = gewijzigd;
    }

    @Transactional
    public List<Gebruiksrechten> list(Where filters) {
        AllowedTypes.SqlCondition allowed = caller.allowedTypes("documenten.lezen")
                .sql("io.informatieobjecttype", "io.vertrouwelijkheid_rank");
        Where where = new Where().and(filters).and(allowed.sql(), allowed.parameters().toArray());
        return store.all(where).stream().map(this::present).toList();
    }

    @Transactional
    public Gebruiksrechten read(UUID uuid) {
        GebruiksrechtRow row = store.find(uuid).orElseThrow(GebruiksrechtService::nietGevonden);
        InformatieObjectRow document = documenten.find(row.informatieobject()).orElseThrow(GebruiksrechtService::nietGevonden);
        caller.requireAllowed("documenten.lezen", document.informatieobjecttype(), document.niveau());
        return present(row);
    }

    @Transactional
    public Gebruiksrechten create(Gebruiksrechten in) {
        InformatieObjectRow document = toegang.uitVerzoek(in.informatieobject(), true);
        toegang.vereis("documenten.aanmaken", document, "Deze client mag geen gebruiksrechten voor dit document vastleggen.");
        GebruiksrechtRow row = new GebruiksrechtRow(UUID.randomUUID(), document.uuid(), data(in));
        store.insert(row, in.startdatum(), in.einddatum());
        indicatie(document, Boolean.TRUE);
        Gebruiksrechten created = present(row);
        gewijzigd.fire(wijziging(document, created, "create", null, created));
        return created;
    }

    @Transactional
    public Gebruiksrechten update(UUID uuid, Gebruiksrechten in) {
        return save(uuid, in, null, "update");
    }

    @Transactional
    public Gebruiksrechten partialUpdate(UUID uuid, ObjectNode patch) {
        return save(uuid, null, patch, "partial_update");
    }

    @Transactional
    public void delete(UUID uuid) {
        GebruiksrechtRow row = gelockt(uuid);
        InformatieObjectRow document = documenten.find(row.informatieobject()).orElseThrow(GebruiksrechtService::nietGevonden);
        toegang.vereis("documenten.verwijderen", document, "Deze client mag deze gebruiksrechten niet verwijderen.");
        Gebruiksrechten before = present(row);
        store.delete(uuid);
        if (store.aantal(document.uuid()) == 0) {
            indicatie(document, null);
        }
        gewijzigd.fire(wijziging(document, before, "destroy", before, null));
    }

    private Gebruiksrechten save(UUID uuid, Gebruiksrechten put, ObjectNode patch, String actie) {
        GebruiksrechtRow row = gelockt(uuid);
        InformatieObjectRow document = documenten.find(row.informatieobject()).orElseThrow(GebruiksrechtService::nietGevonden);
        toegang.vereis("documenten.bijwerken", document, "Deze client mag deze gebruiksrechten niet bijwerken.");
        Gebruiksrechten before = present(row);
        Gebruiksrechten in = put != null ? put : partialUpdates.merge(before, patch, Gebruiksrechten.class);
        if (!before.informatieobject().equals(in.informatieobject())) {
            throw ValidationException.of("informatieobject", "wijzigen-niet-toegelaten",
                    "Het informatieobject van gebruiksrechten wijzigt niet.");
        }
        GebruiksrechtRow nieuw = new GebruiksrechtRow(uuid, row.informatieobject(), data(in));
        store.update(nieuw, in.startdatum(), in.einddatum());
        Gebruiksrechten after = present(nieuw);
        gewijzigd.fire(wijziging(document, after, actie, before, after));
        return after;
    }

    /**
     * The gebruiksrecht, read again under its document's lock: changes of one document's
     * gebruiksrechten follow each other, and one that went meanwhile is a 404.
     */
    private GebruiksrechtRow gelockt(UUID uuid) {
        GebruiksrechtRow eerst = store.find(uuid).orElseThrow(GebruiksrechtService::nietGevonden);
        documenten.lock(eerst.informatieobject()).orElseThrow(GebruiksrechtService::nietGevonden);
        return store.find(uuid).orElseThrow(GebruiksrechtService::nietGevonden);
    }

    /** drc-006, in the document's current version itself: no new version. */
    private void indicatie(InformatieObjectRow document, Boolean waarde) {
        VersieRow huidige = documenten.versie(document.uuid(), null, null).orElseThrow(GebruiksrechtService::nietGevonden);
        if (waarde == null) {
            huidige.data().putNull("indicatieGebruiksrecht");
        } else {
            huidige.data().put("indicatieGebruiksrecht", waarde);
        }
        documenten.data(huidige);
    }


    private Wijziging wijziging(InformatieObjectRow document, Gebruiksrechten recht, String actie, Object oud, Object nieuw) {
        String weergave = "(" + document.identificatie() + ") - " + recht.omschrijvingVoorwaarden()
                .substring(0, Math.min(50, recht.omschrijvingVoorwaarden().length()));
        return DocumentenNotificaties.wijziging(document, documentMapper.url(document.uuid()), RESOURCE, recht.url(), actie,
                weergave, oud, nieuw);
    }

    private ObjectNode data(Gebruiksrechten in) {
        ObjectNode data = json.valueToTree(in);
        data.remove(List.of("url", "informatieobject", "_expand"));
        return data;
    }

    private Gebruiksrechten present(GebruiksrechtRow row) {
        return toegang.present(row.data(), COLLECTION, row.uuid(), row.informatieobject(), Gebruiksrechten.class);
    }

    private static NotFoundException nietGevonden() {
        return new NotFoundException("Er bestaat geen gebruiksrechten met deze uuid.");
    }
}

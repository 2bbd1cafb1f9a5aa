package nl.zgw.documenten.objectinformatieobject;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.documenten.informatieobject.DocumentToegang;
import nl.zgw.documenten.informatieobject.InformatieObjectMapper;
import nl.zgw.documenten.informatieobject.InformatieObjectRow;
import nl.zgw.documenten.informatieobject.InformatieObjectStore;
import nl.zgw.shared.auth.AllowedTypes;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.sql.Where;

import java.util.List;
import java.util.UUID;

/**
 * The relations of documents with zaken, besluiten and verzoeken, as their source APIs lead them
 * (drc-002 ... drc-004); a document with relations is not deleted (drc-008). Authorised by the
 * document's type and level. Not announced, as in the standard's kanalen.
 */
@ApplicationScoped
public class ObjectInformatieObjectService {

    static final String COLLECTION = "objectinformatieobjecten";

    private final ObjectInformatieObjectStore store;
    private final InformatieObjectStore documenten;
    private final InformatieObjectMapper documentMapper;
    private final Bronrelaties bronnen;
    private final CurrentCaller caller;
    private final ResourceUrls urls;
    private final DocumentToegang toegang;

    public ObjectInformatieObjectService(ObjectInformatieObjectStore store, InformatieObjectStore documenten,
                                         InformatieObjectMapper documentMapper, Bronrelaties bronnen, CurrentCaller caller,
                                         ResourceUrls urls, DocumentToegang toegang) {
        this.toegang = toegang;
        this.store = store;
        this.documenten = documenten;
        this.documentMapper = documentMapper;
        this.bronnen = bronnen;
        this.caller = caller;
        this.urls = urls;
    }

    @Transactional
    public List<ObjectInformatieObject> list(String object, String informatieobject) {
        Where where = new Where();
        if (object != null) {
            ResourceUrl.parse("object", object);
            where.and("o.object = ?", object);
        }
        if (informatieobject != null) {
            urls.ownUuid(ResourceUrl.parse("informatieobject", informatieobject), InformatieObjectMapper.COLLECTION)
                    .ifPresentOrElse(uuid -> where.and("o.informatieobject = ?", uuid), where::none);
        }
        AllowedTypes.SqlCondition allowed = caller.allowedTypes("documenten.lezen")
                .sql("io.informatieobjecttype", "io.vertrouwelijkheid_rank");
        where.and(allowed.sql(), allowed.parameters().toArray());
        if (caller.autorisaties().alleenIsGereedVoorPublicatie()) {
            where.and(InformatieObjectStore.GEREED_VOOR_PUBLICATIE);
        }
        return store.all(where).stream().map(this::present).toList();
    }

    @Transactional
    public ObjectInformatieObject read(UUID uuid) {
        ObjectInformatieObjectStore.Row row = store.find(uuid).orElseThrow(ObjectInformatieObjectService::nietGevonden);
        InformatieObjectRow document = documenten.find(row.informatieobject())
                .orElseThrow(ObjectInformatieObjectService::nietGevonden);
        caller.requireAllowed("documenten.lezen", document.informatieobjecttype(), document.niveau());
        if (caller.autorisaties().alleenIsGereedVoorPublicatie() && !documenten.gereedVoorPublicatie(document.uuid())) {
            throw nietGevonden();
        }
        return present(row);
    }

    /**
     * Asks the source API first, holding no row lock and no connection while it answers, then
     * records the relation in a short transaction that checks again under the document's lock.
     */
    public ObjectInformatieObject create(ObjectInformatieObject in) {
        String object = bronnen.canoniek(in.object(), in.objectType());
        InformatieObjectRow document = toegang.uitVerzoek(in.informatieobject(), false);
        toegang.vereis("documenten.aanmaken", document, "Deze client mag geen relaties van dit document vastleggen.");
        uniek(document.uuid(), object);
        bronnen.bijAanmaken(object, in.objectType(), documentMapper.url(document.uuid()));
        return QuarkusTransaction.requiringNew().call(() -> {
            documenten.lock(document.uuid()).orElseThrow(() -> ValidationException.of("informatieobject",
                    "does_not_exist", "Ongeldige hyperlink - Object bestaat niet."));
            uniek(document.uuid(), object); // again, under the lock: a concurrent create was first
            ObjectInformatieObjectStore.Row row = new ObjectInformatieObjectStore.Row(UUID.randomUUID(), document.uuid(),
                    object, in.objectType());
            store.insert(row);
            return present(row);
        });
    }

    /** As {@link #create}: the source API is asked before the short transaction that removes the relation. */
    public void delete(UUID uuid) {
        ObjectInformatieObjectStore.Row row = store.find(uuid).orElseThrow(ObjectInformatieObjectService::nietGevonden);
        InformatieObjectRow document = documenten.find(row.informatieobject())
                .orElseThrow(ObjectInformatieObjectService::nietGevonden);
        toegang.vereis("documenten.verwijderen", document, "Deze client mag geen relaties van dit document verwijderen.");
        bronnen.bijVerwijderen(row.object(), row.objectType(), documentMapper.url(row.informatieobject()));
        QuarkusTransaction.requiringNew().run(() -> {
            documenten.lock(row.informatieobject()).orElseThrow(ObjectInformatieObjectService::nietGevonden);
            store.find(uuid).orElseThrow(ObjectInformatieObjectService::nietGevonden);
            store.delete(uuid);
        });
    }

    private void uniek(UUID document, String object) {
        if (store.bestaat(document, object)) { // drc-003
            throw new ValidationException(List.of(FieldValidationError.nonField("unique",
                    "Het document heeft al een relatie met dit object.")));
        }
    }

    private ObjectInformatieObject present(ObjectInformatieObjectStore.Row row) {
        return new ObjectInformatieObject(urls.own(COLLECTION, row.uuid()).toString(),
                documentMapper.url(row.informatieobject()), row.object(), row.objectType(), null);
    }

    private static NotFoundException nietGevonden() {
        return new NotFoundException("Er bestaat geen objectinformatieobject met deze uuid.");
    }
}

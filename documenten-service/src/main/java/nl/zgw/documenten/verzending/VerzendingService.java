package nl.zgw.documenten.verzending;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.documenten.informatieobject.DocumentToegang;
import nl.zgw.documenten.informatieobject.InformatieObjectMapper;
import nl.zgw.documenten.informatieobject.InformatieObjectRow;
import nl.zgw.documenten.informatieobject.InformatieObjectStore;
import nl.zgw.shared.auth.AllowedTypes;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.json.PartialUpdates;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.sql.Where;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Verzendingen of documents, read and changed with the scopes for their document's type and level.
 * As in the standard's kanalen, they are not announced on kanaal {@code documenten} and have no
 * audit trail of their own.
 */
@ApplicationScoped
public class VerzendingService {

    static final String COLLECTION = "verzendingen";

    private final VerzendingStore store;
    private final InformatieObjectStore documenten;
    private final CurrentCaller caller;
    private final ResourceUrls urls;
    private final ObjectMapper json;
    private final PartialUpdates partialUpdates;
    private final DocumentToegang toegang;

    public VerzendingService(VerzendingStore store, InformatieObjectStore documenten,
                             CurrentCaller caller, ResourceUrls urls, ObjectMapper json, PartialUpdates partialUpdates,
                             DocumentToegang toegang) {
        this.toegang = toegang;
        this.store = store;
        this.documenten = documenten;
        this.caller = caller;
        this.urls = urls;
        this.json = json;
        this.partialUpdates = partialUpdates;
    }

    @Transactional
    public Page<Verzending> list(String aardRelatie, String informatieobject, String betrokkene, PageRequest request,
                                 URI requestUrl) {
        Where where = new Where();
        if (aardRelatie != null) {
            if (!List.of("afzender", "geadresseerde").contains(aardRelatie)) {
                throw ValidationException.of("aardRelatie", "invalid_choice", "Kies uit afzender of geadresseerde.");
            }
            where.and("v.aard_relatie = ?", aardRelatie);
        }
        if (informatieobject != null) {
            urls.ownUuid(ResourceUrl.parse("informatieobject", informatieobject), InformatieObjectMapper.COLLECTION)
                    .ifPresentOrElse(uuid -> where.and("v.informatieobject = ?", uuid), where::none);
        }
        if (betrokkene != null) {
            where.and("v.betrokkene = ?", betrokkene);
        }
        AllowedTypes.SqlCondition allowed = caller.allowedTypes("documenten.lezen")
                .sql("io.informatieobjecttype", "io.vertrouwelijkheid_rank");
        where.and(allowed.sql(), allowed.parameters().toArray());
        long count = store.count(where);
        request.requireExists(count);
        return Page.of(request, count, store.page(where, request.offset(), request.pageSize()).stream()
                .map(this::present).toList(), requestUrl);
    }

    @Transactional
    public Verzending read(UUID uuid) {
        VerzendingStore.Row row = store.find(uuid).orElseThrow(VerzendingService::nietGevonden);
        InformatieObjectRow document = documenten.find(row.informatieobject()).orElseThrow(VerzendingService::nietGevonden);
        caller.requireAllowed("documenten.lezen", document.informatieobjecttype(), document.niveau());
        return present(row);
    }

    @Transactional
    public Verzending create(Verzending in) {
        EenAdres.check(in);
        InformatieObjectRow document = toegang.uitVerzoek(in.informatieobject(), false);
        vereis("documenten.aanmaken", document);
        VerzendingStore.Row row = new VerzendingStore.Row(UUID.randomUUID(), document.uuid(), data(in));
        store.insert(row, in.betrokkene(), in.aardRelatie());
        return present(row);
    }

    @Transactional
    public Verzending update(UUID uuid, Verzending put, ObjectNode patch) {
        VerzendingStore.Row row = store.find(uuid).orElseThrow(VerzendingService::nietGevonden);
        InformatieObjectRow document = documenten.find(row.informatieobject()).orElseThrow(VerzendingService::nietGevonden);
        vereis("documenten.bijwerken", document);
        Verzending in = put != null ? put : partialUpdates.merge(present(row), patch, Verzending.class);
        EenAdres.check(in);
        InformatieObjectRow nieuw = toegang.uitVerzoek(in.informatieobject(), false);
        vereis("documenten.bijwerken", nieuw);
        VerzendingStore.Row gewijzigd = new VerzendingStore.Row(uuid, nieuw.uuid(), data(in));
        store.update(gewijzigd, in.betrokkene(), in.aardRelatie());
        return present(gewijzigd);
    }

    @Transactional
    public void delete(UUID uuid) {
        VerzendingStore.Row row = store.find(uuid).orElseThrow(VerzendingService::nietGevonden);
        InformatieObjectRow document = documenten.find(row.informatieobject()).orElseThrow(VerzendingService::nietGevonden);
        vereis("documenten.verwijderen", document);
        store.delete(uuid);
    }

    private void vereis(String scope, InformatieObjectRow document) {
        toegang.vereis(scope, document, "Deze client mag verzendingen van dit document niet zo behandelen.");
    }

    private ObjectNode data(Verzending in) {
        ObjectNode data = json.valueToTree(in);
        data.remove(List.of("url", "informatieobject", "_expand"));
        if (!data.hasNonNull("mijnOverheid")) {
            data.put("mijnOverheid", false);
        }
        return data;
    }

    private Verzending present(VerzendingStore.Row row) {
        return toegang.present(row.data(), COLLECTION, row.uuid(), row.informatieobject(), Verzending.class);
    }

    private static NotFoundException nietGevonden() {
        return new NotFoundException("Er bestaat geen verzending met deze uuid.");
    }
}

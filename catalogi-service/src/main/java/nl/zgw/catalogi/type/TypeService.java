package nl.zgw.catalogi.type;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.shared.auth.Component;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.json.PartialUpdates;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.sql.Where;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The life cycle every type shares: list, read, create, update, partial update, delete and
 * publish, with the concept rules of the standard (ztc-009, ztc-010): a published zaaktype,
 * informatieobjecttype or besluittype only takes a new {@code eindeGeldigheid}, and the types of a
 * published zaaktype do not change, unless the client has the geforceerd scope.
 */
@ApplicationScoped
public class TypeService {

    public static final String GEFORCEERD_SCHRIJVEN = "catalogi.geforceerd-schrijven";
    public static final String GEFORCEERD_VERWIJDEREN = "catalogi.geforceerd-verwijderen";

    private final CatalogiStore store;
    private final PartialUpdates partialUpdates;
    private final CurrentCaller caller;
    private final TypeNotificaties notificaties;
    private final Geldigheid geldigheid;
    private final Links links;

    @jakarta.inject.Inject
    nl.zgw.catalogi.http.Gepubliceerd gepubliceerd;

    private final Verwijzingen verwijzingen;

    public TypeService(CatalogiStore store, PartialUpdates partialUpdates, CurrentCaller caller,
                       TypeNotificaties notificaties, Geldigheid geldigheid, Links links, Verwijzingen verwijzingen) {
        this.verwijzingen = verwijzingen;
        this.store = store;
        this.partialUpdates = partialUpdates;
        this.caller = caller;
        this.notificaties = notificaties;
        this.geldigheid = geldigheid;
        this.links = links;
    }

    @Transactional
    public <T> Page<T> list(TypeKind<T> kind, Where where, PageRequest request, URI requestUrl, LocalDate datum) {
        long count = store.count(kind.soort(), where);
        request.requireExists(count);
        List<TypeRow> rows = store.query(kind.soort(), where, request.offset(), request.pageSize());
        return Page.of(request, count, kind.present(rows, datum), requestUrl);
    }

    @Transactional
    public <T> T read(TypeKind<T> kind, UUID uuid, LocalDate datum) {
        TypeRow row = find(kind.soort(), uuid);
        if (io.quarkus.arc.Arc.container().requestContext().isActive()) {
            gepubliceerd.set(!row.concept());
        }
        return kind.present(List.of(row), datum).get(0);
    }

    @Transactional
    public <T> T create(TypeKind<T> kind, T input) {
        TypeRow row = kind.toRow(input, null);
        requireChangeableParent(row, GEFORCEERD_SCHRIJVEN);
        geldigheid.check(row, null);
        store.insert(row);
        notificaties.changed(row, "create");
        return present(kind, row);
    }

    @Transactional
    public <T> T update(TypeKind<T> kind, UUID uuid, T input) {
        TypeRow existing = lock(kind.soort(), uuid);
        return save(kind, existing, input, false, "update");
    }

    /** PATCH: the fields sent replace the stored ones; the result is validated as a whole. */
    @Transactional
    public <T> T partialUpdate(TypeKind<T> kind, UUID uuid, ObjectNode patch) {
        TypeRow existing = lock(kind.soort(), uuid);
        T current = kind.present(List.of(existing), LocalDate.now()).get(0);
        T merged = partialUpdates.merge(storedInput(current, existing), patch, kind.type());
        boolean onlyEinde = patch.size() == 1 && patch.has("eindeGeldigheid");
        return save(kind, existing, merged, onlyEinde, "partial_update");
    }

    @Transactional
    public void delete(TypeKind<?> kind, UUID uuid) {
        TypeRow existing = lock(kind.soort(), uuid);
        if (kind.soort().publishable() && !existing.concept() && !forced(GEFORCEERD_VERWIJDEREN)) {
            throw nonFieldError("non-concept-object",
                    "Alleen concepten mogen worden verwijderd; dit object is gepubliceerd.");
        }
        requireChangeableParent(existing, GEFORCEERD_VERWIJDEREN);
        requireNoPublishedRelation(existing, false, GEFORCEERD_VERWIJDEREN);
        if (existing.soort() == Soort.ZAAKTYPE && existing.concept() && !forced(GEFORCEERD_VERWIJDEREN)
                && ziotNaarGepubliceerd(existing)) {
            throw nonFieldError("non-concept-relation", "Dit zaaktype is via een zaaktype-informatieobjecttype "
                    + "gerelateerd aan een gepubliceerd informatieobjecttype en kan niet worden verwijderd.");
        }
        store.delete(uuid);
        store.dropReferences(existing, links.of(existing.soort(), uuid));
        notificaties.changed(existing, "destroy");
    }

    @Transactional
    public <T> T publish(TypeKind<T> kind, UUID uuid) {
        TypeRow row = lock(kind.soort(), uuid);
        if (row.concept()) {
            kind.checkPublish(row);
            geldigheid.checkPublished(row, "beginGeldigheid");
            store.publish(uuid);
        }
        return kind.present(List.of(find(kind.soort(), uuid)), LocalDate.now()).get(0);
    }

    private <T> T save(TypeKind<T> kind, TypeRow existing, T input, boolean onlyEindeGeldigheid, String actie) {
        if (kind.soort().publishable() && !existing.concept() && !onlyEindeGeldigheid && !forced(GEFORCEERD_SCHRIJVEN)) {
            throw nonFieldError("non-concept-object", "Dit object is gepubliceerd; alleen eindeGeldigheid mag "
                    + "nog worden gewijzigd (of een correctie met scope " + GEFORCEERD_SCHRIJVEN + ").");
        }
        requireChangeableParent(existing, GEFORCEERD_SCHRIJVEN);
        requireNoPublishedRelation(existing, onlyEindeGeldigheid, GEFORCEERD_SCHRIJVEN);
        TypeRow row = kind.toRow(input, existing);
        if (!row.catalogus().equals(existing.catalogus())) {
            throw ValidationException.of("catalogus", "immutable", "De catalogus van een type kan niet wijzigen.");
        }
        requireChangeableParent(row, GEFORCEERD_SCHRIJVEN);
        if (!existing.concept() && !onlyEindeGeldigheid) { // a correction: only extends
            Correctie.alleenUitbreiden(existing.data(), row.data(),
                    kind.soort().publishable() ? "non-concept-object" : "non-concept-zaaktype");
        }
        geldigheid.check(row, onlyEindeGeldigheid ? "eindeGeldigheid" : null);
        store.update(row);
        if (kind.soort() == Soort.ZAAKTYPE) {
            store.followGeldigheid(row.uuid(), row.beginGeldigheid(), row.eindeGeldigheid());
        }
        notificaties.changed(row, actie);
        return present(kind, row);
    }

    /**
     * ztc-010: the types of a published zaaktype are fixed, unless the client may force it; a
     * zaaktype-informatieobjecttype only when its informatieobjecttype is published too
     * ({@code non-concept-relation}).
     */
    private void requireChangeableParent(TypeRow row, String forcingScope) {
        if (row.zaaktype() == null) {
            return;
        }
        TypeRow zaaktype = store.lockShared(Soort.ZAAKTYPE, row.zaaktype()).orElseThrow(() -> notFound(Soort.ZAAKTYPE));
        if (row.soort() == Soort.ZAAKTYPE_INFORMATIEOBJECTTYPE) {
            String iot = row.data().path("informatieobjecttype").asText("");
            boolean iotGepubliceerd = !iot.isEmpty() && !verwijzingen.published(Soort.INFORMATIEOBJECTTYPE,
                    List.of(new Verwijzingen.Key(row.catalogus(), iot))).isEmpty();
            if (!zaaktype.concept() && iotGepubliceerd && !forced(forcingScope)) {
                throw nonFieldError("non-concept-relation", "Het zaaktype en het informatieobjecttype zijn "
                        + "gepubliceerd; hun relatie kan niet meer wijzigen.");
            }
            return;
        }
        if (!zaaktype.concept() && !forced(forcingScope)) {
            throw nonFieldError("non-concept-zaaktype",
                    "Het zaaktype is gepubliceerd; zijn " + row.soort().collection() + " kunnen niet meer wijzigen.");
        }
    }

    /**
     * ztc-010: a concept type related to a published one (a besluittype naming a published
     * informatieobjecttype, an informatieobjecttype named by a published besluittype, a zaaktype
     * naming a published besluittype) is not changed but for its eindeGeldigheid, nor deleted,
     * unless forced ({@code non-concept-relation}).
     */
    private void requireNoPublishedRelation(TypeRow row, boolean onlyEindeGeldigheid, String forcingScope) {
        if (!row.soort().publishable() || !row.concept() || onlyEindeGeldigheid) {
            return;
        }
        boolean gebonden = switch (row.soort()) {
            case BESLUITTYPE -> gepubliceerd(row, Soort.INFORMATIEOBJECTTYPE, "informatieobjecttypen");
            case ZAAKTYPE -> gepubliceerd(row, Soort.BESLUITTYPE, "besluittypen");
            // a new concept version of a published informatieobjecttype is not what the besluittype names (its name
            // resolves to the published version), so only a type without a published version is bound
            case INFORMATIEOBJECTTYPE -> row.sleutel() != null && verwijzingen.published(Soort.INFORMATIEOBJECTTYPE,
                    List.of(new Verwijzingen.Key(row.catalogus(), row.sleutel()))).isEmpty()
                    && store.count(Soort.BESLUITTYPE, new Where()
                    .and("catalogus = ?", row.catalogus()).and("concept = false")
                    .and("jsonb_exists(data -> 'informatieobjecttypen', ?)", row.sleutel())) > 0;
            default -> false;
        };
        if (gebonden && !forced(forcingScope)) {
            throw nonFieldError("non-concept-relation", "Dit " + row.soort().value() + " is gerelateerd aan een "
                    + "gepubliceerd type; alleen eindeGeldigheid mag nog wijzigen.");
        }
    }

    /** ztc-010 (VNG's ztc-010h): a zaaktype whose zaaktype-informatieobjecttypen name a published informatieobjecttype. */
    private boolean ziotNaarGepubliceerd(TypeRow zaaktype) {
        List<Verwijzingen.Key> keys = store.children(List.of(zaaktype.uuid())).stream()
                .filter(c -> c.soort() == Soort.ZAAKTYPE_INFORMATIEOBJECTTYPE)
                .map(c -> c.data().path("informatieobjecttype").asText(""))
                .filter(n -> !n.isEmpty()).map(n -> new Verwijzingen.Key(zaaktype.catalogus(), n)).toList();
        return !verwijzingen.published(Soort.INFORMATIEOBJECTTYPE, keys).isEmpty();
    }

    private boolean gepubliceerd(TypeRow row, Soort soort, String field) {
        List<Verwijzingen.Key> keys = row.texts(field).stream().map(n -> new Verwijzingen.Key(row.catalogus(), n)).toList();
        return !verwijzingen.published(soort, keys).isEmpty();
    }

    private boolean forced(String scope) {
        return caller.autorisaties().allows(Component.ZTC, scope);
    }

    /** The stored representation as PATCH input: identifiers, not resolved URLs, in reference fields. */
    private <T> ObjectNode storedInput(T current, TypeRow existing) {
        ObjectNode base = partialUpdates.tree(current);
        existing.data().fields().forEachRemaining(e -> {
            if (e.getKey().startsWith("_")) {
                return; // derived, not client input
            }
            base.set(e.getKey(), e.getValue());
        });
        return base;
    }

    private <T> T present(TypeKind<T> kind, TypeRow row) {
        return kind.present(List.of(find(kind.soort(), row.uuid())), LocalDate.now()).get(0);
    }

    private TypeRow find(Soort soort, UUID uuid) {
        return store.find(soort, uuid).orElseThrow(() -> notFound(soort));
    }

    private TypeRow lock(Soort soort, UUID uuid) {
        return store.lock(soort, uuid).orElseThrow(() -> notFound(soort));
    }

    static NotFoundException notFound(Soort soort) {
        return new NotFoundException("Er bestaat geen " + soort.value() + " met deze uuid.");
    }

    static ValidationException nonFieldError(String code, String reason) {
        return new ValidationException(List.of(new FieldValidationError(FieldValidationError.NON_FIELD_ERRORS, code,
                reason)));
    }

}

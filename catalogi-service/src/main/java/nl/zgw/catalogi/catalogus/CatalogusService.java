package nl.zgw.catalogi.catalogus;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.catalogi.model.Catalogus;
import nl.zgw.catalogi.store.CatalogiStore.CatalogusRow;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.catalogi.type.Expander;
import nl.zgw.catalogi.type.Links;
import nl.zgw.catalogi.type.Representations;
import nl.zgw.shared.json.PartialUpdates;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.sql.Where;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Catalogussen: created, read and changed (the API has no delete); domein with rsin is unique. */
@ApplicationScoped
public class CatalogusService implements Expander.CatalogusPresenter {

    private static final String[] READ_ONLY = {"zaaktypen", "besluittypen", "besluittypeOmschrijving",
            "informatieobjecttypen", "informatieobjecttypeOmschrijving"};

    private final CatalogiStore store;
    private final Representations representations;
    private final Links links;
    private final PartialUpdates partialUpdates;

    public CatalogusService(CatalogiStore store, Representations representations, Links links,
                            PartialUpdates partialUpdates) {
        this.store = store;
        this.representations = representations;
        this.links = links;
        this.partialUpdates = partialUpdates;
    }

    @Transactional
    public Page<Catalogus> list(Where where, PageRequest request, URI requestUrl) {
        long count = store.countCatalogi(where);
        request.requireExists(count);
        return Page.of(request, count, present(store.queryCatalogi(where, request.offset(), request.pageSize())),
                requestUrl);
    }

    @Transactional
    public Catalogus read(UUID uuid) {
        return present(List.of(find(uuid))).get(0);
    }

    @Transactional
    public Catalogus create(Catalogus in) {
        return create(in, UUID.randomUUID());
    }

    /** A create with a given uuid (an import that keeps UUIDs; taken is a 409). */
    @Transactional
    public Catalogus create(Catalogus in, UUID uuid) {
        requireUnique(in, null);
        CatalogusRow row = new CatalogusRow(uuid, in.domein(), in.rsin(), representations.stored(in, READ_ONLY));
        store.insertCatalogus(row);
        return present(List.of(row)).get(0);
    }

    @Transactional
    public Catalogus update(UUID uuid, Catalogus in) {
        find(uuid);
        requireUnique(in, uuid);
        CatalogusRow row = new CatalogusRow(uuid, in.domein(), in.rsin(), representations.stored(in, READ_ONLY));
        store.updateCatalogus(row);
        return present(List.of(row)).get(0);
    }

    @Transactional
    public Catalogus partialUpdate(UUID uuid, ObjectNode patch) {
        Catalogus current = read(uuid);
        return update(uuid, partialUpdates.merge(current, patch, Catalogus.class));
    }

    /** The catalogussen with these uuids (for expand). */
    @Override
    public List<Catalogus> present(Set<UUID> uuids) {
        return present(store.queryCatalogi(new Where().in("uuid", uuids), 0, uuids.size()));
    }

    private void requireUnique(Catalogus in, UUID except) {
        if (store.catalogusExists(in.domein(), in.rsin(), except)) {
            throw new ValidationException(List.of(new FieldValidationError(FieldValidationError.NON_FIELD_ERRORS,
                    "unique", "Er bestaat al een catalogus met dit domein en rsin.")));
        }
    }

    private CatalogusRow find(UUID uuid) {
        return store.catalogus(uuid).orElseThrow(() -> new NotFoundException("Er bestaat geen catalogus met deze uuid."));
    }

    private List<Catalogus> present(List<CatalogusRow> rows) {
        Set<UUID> ids = rows.stream().map(CatalogusRow::uuid).collect(Collectors.toSet());
        Map<UUID, List<TypeRow>> types = ids.isEmpty() ? Map.of() : store.typesOf(ids).stream()
                .collect(Collectors.groupingBy(TypeRow::catalogus));
        List<Catalogus> out = new ArrayList<>();
        for (CatalogusRow row : rows) {
            ObjectNode node = row.data().deepCopy();
            node.put("url", links.catalogus(row.uuid()));
            List<TypeRow> own = types.getOrDefault(row.uuid(), List.of());
            node.set("zaaktypen", urls(own, Soort.ZAAKTYPE));
            node.set("besluittypen", urls(own, Soort.BESLUITTYPE));
            node.set("besluittypeOmschrijving", names(own, Soort.BESLUITTYPE));
            node.set("informatieobjecttypen", urls(own, Soort.INFORMATIEOBJECTTYPE));
            node.set("informatieobjecttypeOmschrijving", names(own, Soort.INFORMATIEOBJECTTYPE));
            out.add(representations.as(node, Catalogus.class));
        }
        return out;
    }

    private com.fasterxml.jackson.databind.node.ArrayNode urls(List<TypeRow> rows, Soort soort) {
        return representations.array(rows.stream().filter(r -> r.soort() == soort).map(representations::url).toList());
    }

    private com.fasterxml.jackson.databind.node.ArrayNode names(List<TypeRow> rows, Soort soort) {
        return representations.array(rows.stream().filter(r -> r.soort() == soort && r.sleutel() != null)
                .map(TypeRow::sleutel).distinct().toList());
    }
}

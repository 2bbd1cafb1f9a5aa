package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.ref.ResourceUrls;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * What the resources inside a zaak share; each resource declares the operations the specification
 * gives it (with their operation ids, filters and scopes) and calls the helpers here.
 */
public abstract class OnderdeelResource<T extends Onderdeel> {

    protected final Onderdelen onderdelen;
    protected final OnderdeelKind<T> kind;
    protected final ResourceUrls urls;
    @jakarta.inject.Inject
    Expander expander;

    protected OnderdeelResource(Onderdelen onderdelen, OnderdeelKind<T> kind, ResourceUrls urls) {
        this.onderdelen = onderdelen;
        this.kind = kind;
        this.urls = urls;
    }

    /** The detail, with what {@code expand} asks (null where the specification has no expand). */
    protected T detail(UUID uuid, String expand) {
        expander.parse(kind.soort().resource(), expand);
        return expander.apply(kind.soort().resource(), List.of(onderdelen.read(kind, uuid)), expand, kind.type()).get(0);
    }

    protected Filters filters() {
        return new Filters(onderdelen);
    }

    protected Page<T> page(Filters filters, String page, UriInfo uri) {
        return page(filters, page, null, uri);
    }

    /** A page of the list, with what {@code expand} asks (checked before anything is read). */
    protected Page<T> page(Filters filters, String page, String expand, UriInfo uri) {
        expander.parse(kind.soort().resource(), expand);
        Page<T> found = onderdelen.list(kind, filters.where(), PageRequest.parse(page),
                urls.publicRequestUrl(uri.getRequestUri()));
        return new Page<>(found.count(), found.next(), found.previous(),
                expander.apply(kind.soort().resource(), found.results(), expand, kind.type()));
    }

    protected List<T> all(Filters filters) {
        return onderdelen.all(kind, filters.where());
    }

    /** Every object that matches (the lists the standard does not page), with what {@code expand} asks. */
    protected List<T> all(Filters filters, String expand) {
        expander.parse(kind.soort().resource(), expand);
        return expander.apply(kind.soort().resource(), onderdelen.all(kind, filters.where()), expand, kind.type());
    }

    protected Response created(T body) {
        T created = onderdelen.create(kind, body);
        return Response.status(201).location(URI.create(created.url())).entity(created).build();
    }

    protected T updated(UUID uuid, T body) {
        return onderdelen.update(kind, uuid, body);
    }

    protected T patched(UUID uuid, ObjectNode patch) {
        return onderdelen.partialUpdate(kind, uuid, patch);
    }

    protected Response deleted(UUID uuid) {
        onderdelen.delete(kind, uuid);
        return Response.noContent().build();
    }
}

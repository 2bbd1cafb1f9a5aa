package nl.zgw.catalogi.type;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.catalogi.store.CatalogiStore;
import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.sql.Where;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * References between types. Within a catalogus, types name zaaktypen by identificatie and
 * informatieobjecttypen and besluittypen by omschrijving (the history model), so a reference holds
 * for every version; on output a name resolves to the published version valid on the requested
 * date. Own types (a statustype's zaaktype, ...) are referred to by URL, i.e. one version.
 */
@ApplicationScoped
public class Verwijzingen {

    private final CatalogiStore store;
    private final Links links;

    public Verwijzingen(CatalogiStore store, Links links) {
        this.store = store;
        this.links = links;
    }

    /** The catalogus a URL names; 400 when it is not one of ours or does not exist. */
    public UUID catalogus(String field, String url) {
        UUID uuid = links.uuid(field, url, Links.CATALOGUSSEN);
        if (store.catalogus(uuid).isEmpty()) {
            throw doesNotExist(field);
        }
        return uuid;
    }

    /** The stored type a URL names, of {@code soort}; 400 when it is not one of ours or does not exist. */
    public TypeRow type(String field, Soort soort, String url) {
        UUID uuid = links.uuid(field, url, soort.collection());
        return store.find(soort, uuid).orElseThrow(() -> doesNotExist(field));
    }

    /** As {@link #type}, with a share lock on the row for the rest of the transaction. */
    public TypeRow lockedType(String field, Soort soort, String url) {
        UUID uuid = links.uuid(field, url, soort.collection());
        return store.lockShared(soort, uuid).orElseThrow(() -> doesNotExist(field));
    }

    /**
     * The name a reference field stores: {@code value} itself when it is a name, or the name of
     * the type a URL (from a 1.3.1 client) points to. The name must exist in {@code catalogus}
     * (ztc-013: relations stay within their catalogus).
     */
    public String name(String field, Soort soort, UUID catalogus, String value) {
        if (links.looksLikeUrl(value)) {
            TypeRow target = type(field, soort, value);
            if (!target.catalogus().equals(catalogus)) {
                throw incorrectCatalogus(field);
            }
            if (target.sleutel() == null) {
                throw ValidationException.of(field, "invalid", "Dit " + soort.value() + " heeft geen omschrijving "
                        + "en kan daarom niet worden genoemd.");
            }
            return target.sleutel();
        }
        Where sameName = new Where().and("soort = ?", soort.value()).and("sleutel = ?", value);
        List<TypeRow> versions = store.all(sameName);
        if (versions.stream().anyMatch(v -> v.catalogus().equals(catalogus))) {
            return value;
        }
        throw versions.isEmpty() ? doesNotExist(field) : incorrectCatalogus(field);
    }

    /** {@link #name} for each value of a list field; {@code null} stays an empty list. */
    public List<String> names(String field, Soort soort, UUID catalogus, List<String> values) {
        List<String> names = new ArrayList<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                names.add(name(field + "." + i, soort, catalogus, values.get(i)));
            }
        }
        return names;
    }

    /**
     * For each (catalogus, name) asked, the published version of {@code soort} valid on
     * {@code datum}, in one query; names without one are absent from the answer.
     */
    public Map<Key, TypeRow> resolve(Soort soort, Collection<Key> keys, LocalDate datum) {
        Map<Key, TypeRow> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        Set<UUID> catalogi = new HashSet<>();
        Set<String> names = new HashSet<>();
        keys.forEach(k -> {
            catalogi.add(k.catalogus());
            names.add(k.name());
        });
        Where where = new Where().and("soort = ?", soort.value()).in("catalogus", catalogi).in("sleutel", names)
                .and("concept = false")
                .and("(begin_geldigheid IS NULL OR begin_geldigheid <= ?)", java.sql.Date.valueOf(datum))
                .and("(einde_geldigheid IS NULL OR einde_geldigheid >= ?)", java.sql.Date.valueOf(datum));
        for (TypeRow row : store.all(where)) {
            found.put(new Key(row.catalogus(), row.sleutel()), row);
        }
        return found;
    }

    /** The names among {@code keys} that have at least one published version (at any date). */
    public Set<Key> published(Soort soort, Collection<Key> keys) {
        Set<Key> found = new HashSet<>();
        if (keys.isEmpty()) {
            return found;
        }
        Set<UUID> catalogi = new HashSet<>();
        Set<String> names = new HashSet<>();
        keys.forEach(k -> {
            catalogi.add(k.catalogus());
            names.add(k.name());
        });
        for (TypeRow row : store.all(new Where().and("soort = ?", soort.value()).in("catalogus", catalogi)
                .in("sleutel", names).and("concept = false"))) {
            found.add(new Key(row.catalogus(), row.sleutel()));
        }
        found.retainAll(keys);
        return found;
    }

    /** A name within a catalogus. */
    public record Key(UUID catalogus, String name) {
    }

    static ValidationException doesNotExist(String field) {
        return ValidationException.of(field, "does_not_exist", "Ongeldige hyperlink - Object bestaat niet.");
    }

    static ValidationException incorrectCatalogus(String field) {
        return ValidationException.of(field, "relations-incorrect-catalogus",
                "Relaties tussen types moeten binnen dezelfde catalogus blijven.");
    }
}

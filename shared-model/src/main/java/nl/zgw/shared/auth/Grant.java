package nl.zgw.shared.auth;

import java.util.Set;

/**
 * One autorisatie of a client: scopes on a component, for zrc/drc/brc limited to one type (URL)
 * and, for zrc/drc, up to a maximum vertrouwelijkheidaanduiding.
 */
public record Grant(Component component, Set<String> scopes, String typeUrl,
                    Vertrouwelijkheidaanduiding maxVertrouwelijkheidaanduiding) {

    public Grant {
        // sorted, so that the JSON (and the ETag over it) is the same on every replica
        scopes = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(scopes));
    }
}

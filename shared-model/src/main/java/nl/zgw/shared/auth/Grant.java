package nl.zgw.shared.auth;

import java.util.Set;

/**
 * One autorisatie of a client: scopes on a component, for zrc/drc/brc limited to one type (URL)
 * and, for zrc/drc, up to a maximum vertrouwelijkheidaanduiding.
 */
public record Grant(Component component, Set<String> scopes, String typeUrl,
                    Vertrouwelijkheidaanduiding maxVertrouwelijkheidaanduiding) {

    public Grant {
        scopes = Set.copyOf(scopes);
    }
}

package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.zaken.zaak.ZaakRow;

import java.util.List;
import java.util.UUID;

/**
 * A relation of the zaak with an object of another API (a contactmoment, a verzoek): the URL is
 * kept as given ({@code sleutel}); create, read and delete need {@code zaken.bijwerken}.
 */
public abstract class RelatieKind<T extends Onderdeel> extends OnderdeelKind<T> {

    /** The name of the field that holds the other object's URL. */
    protected abstract String field();

    protected abstract String target(T in);

    @Override
    protected List<String> scopes(String actie) {
        return List.of(BIJWERKEN);
    }

    @Override
    protected OnderdeelRow toRow(UUID uuid, T in, ObjectNode data, ZaakRow zaak, OnderdeelRow existing) {
        ResourceUrl.parse(field(), target(in));
        return new OnderdeelRow(uuid, soort(), zaak.uuid(), null, target(in), null, null, data);
    }
}

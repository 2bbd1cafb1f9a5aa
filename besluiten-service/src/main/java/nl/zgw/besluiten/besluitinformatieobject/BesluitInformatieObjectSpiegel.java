package nl.zgw.besluiten.besluitinformatieobject;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.documenten.DocumentRelatieSpiegel;
import nl.zgw.shared.documenten.DocumentenApi;

import java.util.UUID;

/**
 * A besluitinformatieobject mirrored as an objectinformatieobject in the Documenten API (brc-005,
 * ADR 0016): {@code bron} is the besluit's URL, {@code doel} the document's.
 */
@ApplicationScoped
public class BesluitInformatieObjectSpiegel extends DocumentRelatieSpiegel {

    public static final String SOORT = "besluitinformatieobject";

    private final BesluitInformatieObjectService service;

    public BesluitInformatieObjectSpiegel(DocumentenApi documenten, BesluitInformatieObjectService service) {
        super(documenten, "besluit");
        this.service = service;
    }

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public boolean kondigAan(UUID uuid) {
        return service.kondigAan(uuid);
    }

    @Override
    public void trekIn(UUID uuid) {
        service.trekIn(uuid);
    }

    @Override
    public boolean bestaatHier(UUID uuid) {
        return service.bestaat(uuid);
    }
}

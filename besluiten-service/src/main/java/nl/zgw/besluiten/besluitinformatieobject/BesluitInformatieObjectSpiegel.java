package nl.zgw.besluiten.besluitinformatieobject;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.documenten.DocumentenApi;
import nl.zgw.shared.spiegeling.Spiegel;

import java.util.UUID;

/**
 * A besluitinformatieobject mirrored as an objectinformatieobject in the Documenten API (brc-005,
 * ADR 0016): {@code bron} is the besluit's URL, {@code doel} the document's.
 */
@ApplicationScoped
public class BesluitInformatieObjectSpiegel implements Spiegel {

    public static final String SOORT = "besluitinformatieobject";

    private final DocumentenApi documenten;
    private final BesluitInformatieObjectService service;

    public BesluitInformatieObjectSpiegel(DocumentenApi documenten, BesluitInformatieObjectService service) {
        this.documenten = documenten;
        this.service = service;
    }

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public Antwoord maak(String besluit, String informatieobject) {
        return documenten.maakRelatie(besluit, "besluit", informatieobject);
    }

    @Override
    public Antwoord verwijder(String besluit, String informatieobject) {
        return documenten.verwijderRelatie(besluit, informatieobject);
    }

    @Override
    public boolean bestaat(String besluit, String informatieobject) {
        return documenten.zoekRelatie(besluit, informatieobject).isPresent();
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

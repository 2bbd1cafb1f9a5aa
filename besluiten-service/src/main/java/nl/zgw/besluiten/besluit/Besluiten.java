package nl.zgw.besluiten.besluit;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.besluiten.besluit.validation.Besluittype;
import nl.zgw.besluiten.besluit.validation.ZaakRelatie;
import nl.zgw.shared.problem.ConflictException;
import nl.zgw.shared.problem.UpstreamException;
import nl.zgw.shared.spiegeling.Spiegel.Antwoord;
import nl.zgw.shared.spiegeling.Spiegelaar;
import nl.zgw.shared.spiegeling.Weigering;

import java.util.UUID;

/**
 * Creating and deleting besluiten with the zaakbesluit that mirrors their zaak in the Zaken API
 * (brc-006, ADR 0016). A besluit with a zaak: the zaak and brc-007 are checked first, without a
 * lock; the besluit is committed with its task, the zaakbesluit is made, and only then is the
 * besluit announced. The Zaken API refusing withdraws the besluit (400 with its codes under
 * {@code zaak}); an outage too (503). Deleting commits first; the mirrors follow (the repair is
 * woken after the commit).
 */
@ApplicationScoped
public class Besluiten {

    private final BesluitService service;
    private final ZaakRelatie zaakRelatie;
    private final ZaakBesluitSpiegel spiegel;
    private final Spiegelaar spiegelaar;
    private final Besluittype besluittype;

    public Besluiten(BesluitService service, ZaakRelatie zaakRelatie, ZaakBesluitSpiegel spiegel, Spiegelaar spiegelaar,
                     Besluittype besluittype) {
        this.besluittype = besluittype;
        this.service = service;
        this.zaakRelatie = zaakRelatie;
        this.spiegel = spiegel;
        this.spiegelaar = spiegelaar;
    }

    public Besluit create(Besluit in) {
        String zaak = zaakRelatie.zaak(in.zaak());
        if (zaak == null) {
            return service.create(in);
        }
        service.magAanmaken(in.besluittype());
        besluittype.gepubliceerd(in.besluittype()); // brc-001 before the type is compared with the zaak's
        zaakRelatie.bestaatEnPast(zaak, in.besluittype());
        Besluit created = service.create(in);
        String url = created.url();
        Spiegelaar.Afloop afloop = spiegelaar.aanmaken(spiegel, UUID.fromString(url.substring(url.lastIndexOf('/') + 1)),
                url, zaak);
        Antwoord antwoord = afloop.antwoord();
        return switch (antwoord.uitkomst()) {
            case GELUKT -> {
                if (!afloop.aangekondigd()) {
                    throw new ConflictException("conflict", "Het besluit is intussen verwijderd.");
                }
                yield created;
            }
            case GEWEIGERD -> throw Weigering.alsValidatie(ZaakRelatie.VELD, antwoord.probleem(), "Zaken API");
            default -> throw new UpstreamException(503, "De Zaken API is niet bereikbaar; het besluit is niet vastgelegd.",
                    null);
        };
    }
}

package nl.zgw.besluiten.besluitinformatieobject;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.besluiten.besluit.BesluitRow;
import nl.zgw.besluiten.besluit.validation.Besluittype;
import nl.zgw.shared.documenten.DocumentenApi;
import nl.zgw.shared.problem.ConflictException;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.UpstreamException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.RemoteResources;
import nl.zgw.shared.ref.TypeLijsten;
import nl.zgw.shared.spiegeling.Spiegel.Antwoord;
import nl.zgw.shared.spiegeling.Spiegelaar;
import nl.zgw.shared.spiegeling.Weigering;

import java.util.List;
import java.util.UUID;

/**
 * Creating and deleting besluitinformatieobjecten with their mirror in the Documenten API (brc-005,
 * ADR 0016). Creating: the besluit and the caller's rights (400/403), the document (brc-003,
 * {@code bad-url}) and its type among the besluittype's informatieobjecttypen (brc-008) are checked
 * first, without a lock; then the relation is committed with its task, the objectinformatieobject
 * is made, and only then is the creation announced. A refusal withdraws it (400 with the
 * Documenten API's codes), an outage too (503). Deleting commits first and removes the mirror after.
 */
@ApplicationScoped
public class BesluitInformatieObjecten {

    static final String TYPE_NIET_BIJ_BESLUITTYPE = "missing-besluittype-informatieobjecttype-relation";

    private final BesluitInformatieObjectService service;
    private final BesluitInformatieObjectSpiegel spiegel;
    private final Spiegelaar spiegelaar;
    private final DocumentenApi documenten;
    private final Besluittype besluittypen;
    private final RemoteResources remote;

    public BesluitInformatieObjecten(BesluitInformatieObjectService service, BesluitInformatieObjectSpiegel spiegel,
                                     Spiegelaar spiegelaar, DocumentenApi documenten, Besluittype besluittypen,
                                     RemoteResources remote) {
        this.service = service;
        this.spiegel = spiegel;
        this.spiegelaar = spiegelaar;
        this.documenten = documenten;
        this.besluittypen = besluittypen;
        this.remote = remote;
    }

    public BesluitInformatieObject create(BesluitInformatieObject in) {
        BesluitRow besluit = service.besluitOmAanTeVullen(in.besluit());
        String informatieobject = documenten.canoniek("informatieobject", in.informatieobject());
        JsonNode document = documenten.document("informatieobject", informatieobject);
        requireTypeOfBesluittype(besluit, document.path("informatieobjecttype").asText());
        if (!spiegelaar.ruimOp(spiegel, in.besluit(), informatieobject)) {
            throw onbereikbaar();
        }
        BesluitInformatieObject created = service.create(besluit.uuid(), informatieobject, BesluitInformatieObjectSpiegel.SOORT);
        Spiegelaar.Afloop afloop = spiegelaar.aanmaken(spiegel, uuid(created.url()), created.besluit(), informatieobject);
        Antwoord antwoord = afloop.antwoord();
        return switch (antwoord.uitkomst()) {
            case GELUKT -> {
                if (!afloop.aangekondigd()) {
                    throw new ConflictException("conflict", "Het besluitinformatieobject of het besluit is intussen verwijderd.");
                }
                yield created;
            }
            case GEWEIGERD -> throw Weigering.alsValidatie("informatieobject", antwoord.probleem(), "Documenten API");
            default -> throw onbereikbaar();
        };
    }

    public void delete(UUID uuid) {
        service.delete(uuid, BesluitInformatieObjectSpiegel.SOORT);
        spiegelaar.verwijderen(uuid);
    }

    /** brc-008: the document's type is one the besluittype allows (by URL, or by omschrijving within its catalogus). */
    private void requireTypeOfBesluittype(BesluitRow besluit, String type) {
        JsonNode besluittype = besluittypen.gepubliceerd(besluit.besluittype());
        if (!TypeLijsten.bevat(remote, besluittype.path("informatieobjecttypen"), type)) {
            throw new ValidationException(List.of(FieldValidationError.nonField(TYPE_NIET_BIJ_BESLUITTYPE,
                    "Het informatieobjecttype van het informatieobject hoort niet bij het besluittype van het besluit.")));
        }
    }

    private static UUID uuid(String url) {
        return UUID.fromString(url.substring(url.lastIndexOf('/') + 1));
    }

    private static UpstreamException onbereikbaar() {
        return new UpstreamException(503, "De Documenten API is niet bereikbaar; de relatie met het informatieobject is "
                + "niet gelegd.", null);
    }
}

package nl.zgw.zaken.zaakinformatieobject;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.problem.ConflictException;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.UpstreamException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.RemoteResources;
import nl.zgw.shared.ref.TypeLijsten;
import nl.zgw.zaken.onderdeel.Onderdelen;
import nl.zgw.zaken.zaak.ZaakRow;
import nl.zgw.zaken.zaak.Zaaktypen;
import nl.zgw.shared.documenten.DocumentenApi;
import nl.zgw.shared.spiegeling.Spiegel.Antwoord;
import nl.zgw.shared.spiegeling.Spiegelaar;
import nl.zgw.shared.spiegeling.Weigering;

import java.util.List;
import java.util.UUID;

/**
 * Creating and deleting zaakinformatieobjecten, with their mirror in the Documenten API (zrc-005,
 * ADR 0016). Creating: the caller's rights and the zaak (400/403), the document (zrc-003) and its
 * type among the zaaktype's informatieobjecttypen are checked first, without a lock; then the
 * zaakinformatieobject is committed with its task, the objectinformatieobject is made, and only then
 * is the creation announced. When the Documenten API refuses, the zaakinformatieobject is
 * withdrawn and the client gets its reasons (400); when it cannot be reached, withdrawn too (503).
 * Deleting commits first (so the Documenten API sees the relation gone, drc-004) and removes the
 * mirror after; what fails there is repaired later.
 */
@ApplicationScoped
public class ZaakInformatieObjecten {

    static final String TYPE_NIET_BIJ_ZAAKTYPE = "missing-zaaktype-informatieobjecttype-relation";

    private final Onderdelen onderdelen;
    private final ZaakInformatieObjectKind kind;
    private final DocumentenApi documenten;
    private final Spiegelaar spiegelaar;
    private final ZaakInformatieObjectSpiegel spiegel;
    private final Zaaktypen zaaktypen;
    private final RemoteResources remote;

    public ZaakInformatieObjecten(Onderdelen onderdelen, ZaakInformatieObjectKind kind, DocumentenApi documenten,
                                  Spiegelaar spiegelaar, ZaakInformatieObjectSpiegel spiegel, Zaaktypen zaaktypen,
                                  RemoteResources remote) {
        this.spiegel = spiegel;
        this.onderdelen = onderdelen;
        this.kind = kind;
        this.documenten = documenten;
        this.spiegelaar = spiegelaar;
        this.zaaktypen = zaaktypen;
        this.remote = remote;
    }

    public ZaakInformatieObject create(ZaakInformatieObject body) {
        String informatieobject = documenten.canoniek("informatieobject", body.informatieobject());
        ZaakInformatieObject in = new ZaakInformatieObject(null, null, informatieobject, body.zaak(), null, body.titel(),
                body.beschrijving(), null, body.vernietigingsdatum(), body.status(), null);
        ZaakRow zaak = onderdelen.zaakToAddTo(kind, in);
        JsonNode document = documenten.document("informatieobject", informatieobject);
        requireTypeOfZaaktype(zaak, document.path("informatieobjecttype").asText());
        if (!spiegelaar.ruimOp(spiegel, onderdelen.zaakUrl(zaak.uuid()), informatieobject)) {
            throw onbereikbaar();
        }
        ZaakInformatieObject created = onderdelen.create(kind, in);
        Spiegelaar.Afloop afloop = spiegelaar.aanmaken(spiegel, UUID.fromString(created.uuid()), created.zaak(),
                informatieobject);
        Antwoord antwoord = afloop.antwoord();
        return switch (antwoord.uitkomst()) {
            case GELUKT -> {
                if (!afloop.aangekondigd()) {
                    throw new ConflictException("conflict", "Het zaakinformatieobject of de zaak is intussen verwijderd.");
                }
                yield created;
            }
            case GEWEIGERD -> throw Weigering.alsValidatie("informatieobject", antwoord.probleem(), "Documenten API");
            default -> throw onbereikbaar();
        };
    }

    public void delete(UUID uuid) {
        onderdelen.delete(kind, uuid);
        spiegelaar.verwijderen(uuid);
    }

    /** The informatieobjecttype is one the zaaktype allows (by URL, or by omschrijving within its catalogus). */
    private void requireTypeOfZaaktype(ZaakRow zaak, String type) {
        JsonNode zaaktype = zaaktypen.type("zaak", zaak.zaaktype(), "zaaktypen");
        if (!TypeLijsten.bevat(remote, zaaktype.path("informatieobjecttypen"), type)) {
            throw new ValidationException(List.of(FieldValidationError.nonField(TYPE_NIET_BIJ_ZAAKTYPE,
                    "Het informatieobjecttype van het informatieobject hoort niet bij het zaaktype van de zaak.")));
        }
    }

    private static UpstreamException onbereikbaar() {
        return new UpstreamException(503, "De Documenten API is niet bereikbaar; de relatie met het informatieobject is "
                + "niet gelegd.", null);
    }
}

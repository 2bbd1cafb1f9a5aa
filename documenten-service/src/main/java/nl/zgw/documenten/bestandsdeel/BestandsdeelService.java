package nl.zgw.documenten.bestandsdeel;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.documenten.informatieobject.InformatieObjectMapper;
import nl.zgw.documenten.informatieobject.InformatieObjectRow;
import nl.zgw.documenten.informatieobject.InformatieObjectStore;
import nl.zgw.documenten.informatieobject.validation.Slot;
import nl.zgw.documenten.inhoud.InhoudOpslag;
import nl.zgw.documenten.inhoud.InhoudTransactie;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.PermissionDeniedException;
import nl.zgw.shared.problem.ValidationException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * Uploading one part of a large file: only with the document's lock id ({@code incorrect-lock-id}),
 * only of exactly the part's size ({@code file-size}); a part sent again replaces the earlier one.
 * No version, notification or audit trail: the file is complete when unlock assembles it.
 */
@ApplicationScoped
public class BestandsdeelService {

    private final BestandsdeelStore store;
    private final InformatieObjectStore documenten;
    private final InformatieObjectMapper mapper;
    private final CurrentCaller caller;
    private final InhoudOpslag opslag;
    private final InhoudTransactie transactie;

    public BestandsdeelService(BestandsdeelStore store, InformatieObjectStore documenten, InformatieObjectMapper mapper,
                               CurrentCaller caller, InhoudOpslag opslag, InhoudTransactie transactie) {
        this.store = store;
        this.documenten = documenten;
        this.mapper = mapper;
        this.caller = caller;
        this.opslag = opslag;
        this.transactie = transactie;
    }

    /** What a part looks like after its upload. */
    public record Geupload(String url, int volgnummer, long omvang, boolean voltooid, String lock) {
    }

    @Transactional
    @TransactionConfiguration(timeout = 3600) // a part of gigabytes is copied into the storage
    public Geupload upload(UUID uuid, String lock, InputStream inhoud, long grootte) {
        BestandsdeelRow deel = store.find(uuid).orElseThrow(BestandsdeelService::nietGevonden);
        InformatieObjectRow document = documenten.lock(deel.informatieobject()).orElseThrow(BestandsdeelService::nietGevonden);
        deel = store.find(uuid).orElseThrow(BestandsdeelService::nietGevonden); // again, under the document's lock
        Vertrouwelijkheidaanduiding level = Vertrouwelijkheidaanduiding.ofValue(document.vertrouwelijkheidaanduiding())
                .orElseThrow();
        if (!caller.allowedTypes("documenten.bijwerken").permits(document.informatieobjecttype(), level)) {
            throw new PermissionDeniedException("Deze client mag dit document niet bijwerken.");
        }
        if (lock == null || lock.isEmpty()) {
            throw ValidationException.of("lock", "required", "Dit veld is vereist.");
        }
        Slot.ontgrendeling(document, lock);
        if (grootte != deel.omvang()) {
            throw new ValidationException(List.of(FieldValidationError.nonField("file-size", "Het aangeleverde bestand "
                    + "heeft een afwijkende bestandsgrootte (volgens het omvang-veld). Verwachting: " + deel.omvang()
                    + "b, ontvangen: " + grootte + "b.")));
        }
        InhoudOpslag.Opgeslagen opgeslagen;
        try (InhoudOpslag.Schrijver schrijver = opslag.nieuw()) {
            inhoud.transferTo(schrijver.uit());
            opgeslagen = schrijver.klaar();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transactie.nieuw(opgeslagen.sleutel());
        if (opgeslagen.grootte() != deel.omvang()) { // the upload broke off
            throw new ValidationException(List.of(FieldValidationError.nonField("file-size",
                    "Het bestandsdeel kwam onvolledig aan: " + opgeslagen.grootte() + " van " + deel.omvang() + " bytes.")));
        }
        if (deel.inhoud() != null) {
            transactie.weg(List.of(deel.inhoud()));
        }
        store.inhoud(uuid, opgeslagen.sleutel());
        return new Geupload(mapper.deelUrl(uuid), deel.volgnummer(), deel.omvang(), true, document.lock());
    }

    private static NotFoundException nietGevonden() {
        return new NotFoundException("Er bestaat geen bestandsdeel met deze uuid.");
    }
}

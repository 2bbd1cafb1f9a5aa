package nl.zgw.zaken.zaakinformatieobject;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.problem.ConflictException;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.spiegeling.SpiegelTaken;
import nl.zgw.zaken.onderdeel.OnderdeelKind;
import nl.zgw.zaken.onderdeel.OnderdeelRow;
import nl.zgw.zaken.onderdeel.OnderdeelStore;
import nl.zgw.zaken.onderdeel.Soort;
import nl.zgw.zaken.zaak.ZaakRow;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * ZAAKINFORMATIEOBJECT inside its zaak: the pair is unique ({@code unique}), the relation does not
 * change on update (zrc-004, {@code wijzigen-niet-toegelaten}), a status is one of the zaak's,
 * aardRelatieWeergave and registratiedatum are set here (zrc-004). What the Documenten API must say
 * (zrc-003, the zaaktype's informatieobjecttypen) is asked by {@link ZaakInformatieObjecten} before
 * the zaak is locked; creating and deleting leave a task for the mirror in the same transaction
 * ({@link SpiegelTaken}), and a creation is announced once the mirror has it.
 */
@ApplicationScoped
public class ZaakInformatieObjectKind extends OnderdeelKind<ZaakInformatieObject> {

    static final String HOORT_BIJ = "Hoort bij, omgekeerd: kent";

    private final OnderdeelStore store;
    private final ResourceUrls urls;
    private final SpiegelTaken taken;

    public ZaakInformatieObjectKind(OnderdeelStore store, ResourceUrls urls, SpiegelTaken taken) {
        this.store = store;
        this.urls = urls;
        this.taken = taken;
    }

    @Override public Soort soort() { return Soort.ZAAKINFORMATIEOBJECT; }

    @Override public Class<ZaakInformatieObject> type() { return ZaakInformatieObject.class; }

    @Override
    protected String[] readOnly() {
        return new String[] {"aardRelatieWeergave", "registratiedatum"};
    }

    @Override
    protected List<String> scopes(String actie) {
        return createdAtZaakAanmakenRemovedAtVerwijderen(actie);
    }

    @Override
    protected boolean announcesCreationItself() {
        return true;
    }

    @Override
    protected OnderdeelRow toRow(UUID uuid, ZaakInformatieObject in, ObjectNode data, ZaakRow zaak, OnderdeelRow existing) {
        String informatieobject = in.informatieobject();
        if (!"nog_te_archiveren".equals(zaak.archiefstatus())) {
            throw new ValidationException(List.of(FieldValidationError.nonField("zaak-archiefstatus-invalid",
                    "De zaak is gearchiveerd (archiefstatus niet nog_te_archiveren): de documenten ervan wijzigen niet.")));
        }
        OffsetDateTime registratiedatum;
        if (existing == null) {
            if (store.bestaat(Soort.ZAAKINFORMATIEOBJECT, zaak.uuid(), informatieobject)) {
                throw new ValidationException(List.of(FieldValidationError.nonField("unique",
                        "Dit informatieobject hoort al bij deze zaak.")));
            }
            registratiedatum = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        } else {
            if (!existing.sleutel().equals(informatieobject)) {
                throw ValidationException.of("informatieobject", "wijzigen-niet-toegelaten",
                        "Het informatieobject van een zaakinformatieobject wijzigt niet.");
            }
            registratiedatum = existing.moment();
        }
        if (in.status() != null && !in.status().isEmpty()) {
            UUID status = urls.ownUuid(ResourceUrl.parse("status", in.status()), Soort.STATUS.collection())
                    .orElseThrow(() -> ValidationException.of("status", "bad-url", "Geen status van deze Zaken API."));
            if (store.find(Soort.STATUS, status).filter(s -> s.zaak().equals(zaak.uuid())).isEmpty()) {
                throw ValidationException.of("status", "does_not_exist", "Geen status van deze zaak.");
            }
        }
        data.put("informatieobject", informatieobject);
        data.put("aardRelatieWeergave", HOORT_BIJ);
        data.put("registratiedatum", registratiedatum.toString());
        return new OnderdeelRow(uuid, soort(), zaak.uuid(), null, informatieobject, null, registratiedatum, data);
    }

    /**
     * As every object of a zaak; besides, one whose creation is still under way (its mirror not
     * known to exist, ADR 0016) is not changed or deleted yet: 409.
     */
    @Override
    protected void requireMayChange(CurrentCaller caller, ZaakRow zaak, String actie, ZaakInformatieObject in) {
        super.requireMayChange(caller, zaak, actie, in);
        if (!"create".equals(actie) && in.uuid() != null && taken.wordtAangemaakt(UUID.fromString(in.uuid()))) {
            throw new ConflictException("aanmaken-onderweg", "Dit zaakinformatieobject wordt nog aangemaakt; "
                    + "probeer het zo opnieuw.");
        }
    }

    @Override
    protected void afterSave(OnderdeelRow row, ZaakRow zaak, OnderdeelRow previous) {
        if (previous == null) {
            taken.aanmaken(row.uuid(), ZaakInformatieObjectSpiegel.SOORT, zaakUrl(zaak), row.sleutel());
        }
    }

    @Override
    protected void afterDelete(OnderdeelRow row, ZaakRow zaak) {
        taken.verwijderen(row.uuid(), ZaakInformatieObjectSpiegel.SOORT, zaakUrl(zaak), row.sleutel());
    }

    private String zaakUrl(ZaakRow zaak) {
        return urls.own("zaken", zaak.uuid()).toString();
    }

    @Override
    protected String weergave(OnderdeelRow row) {
        return "zaakinformatieobject " + row.sleutel();
    }
}

package nl.zgw.zaken.zaak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.json.PartialUpdates;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.problem.PermissionDeniedException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.wijziging.Wijziging;
import nl.zgw.zaken.onderdeel.Afsluiten;
import nl.zgw.zaken.zaak.validation.Archiveerbaar;
import nl.zgw.zaken.zaakinformatieobject.DocumentenGearchiveerd;
import nl.zgw.zaken.zaakinformatieobject.ZaakInformatieObjectSpiegel;
import nl.zgw.zaken.zaak.validation.Betaling;
import nl.zgw.zaken.zaak.validation.Hoofdzaak;
import nl.zgw.zaken.zaak.validation.Onveranderlijk;
import nl.zgw.zaken.zaak.validation.ProductenOfDiensten;
import nl.zgw.zaken.zaak.validation.Verwijzingen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The use cases that read one zaak or change zaken (the lists are {@link ZakenZoeken}). A zaak the
 * client may not see is a 403; every change locks the zaak, checks the rules (one class each, in
 * {@code validation}) and fires one {@link Wijziging}: published on kanaal {@code zaken} and written
 * to the zaak's audit trail in the same transaction.
 */
@ApplicationScoped
public class ZaakService {

    static final String COLLECTION = "zaken";
    static final String LEZEN = "zaken.lezen";
    private static final String[] READ_ONLY = {"url", "uuid", "einddatum", "betalingsindicatieWeergave", "deelzaken",
            "eigenschappen", "rollen", "status", "zaakinformatieobjecten", "zaakobjecten", "resultaat", "_expand"};

    private final ZaakStore store;
    private final ZaakMapper mapper;
    private final Zaaktypen zaaktypen;
    private final Zaaknummers nummers;
    private final CurrentCaller caller;
    private final ResourceUrls urls;
    private final ObjectMapper json;
    private final PartialUpdates partialUpdates;
    private final Event<Wijziging> gewijzigd;
    private final Verwijzingen verwijzingen;
    private final Hoofdzaak hoofdzaak;
    private final Afsluiten afsluiten;
    private final ZaakInformatieObjectSpiegel documentSpiegel;
    private final DocumentenGearchiveerd gearchiveerd;
    private final nl.zgw.zaken.onderdeel.OnderdeelStore onderdeelStore;

    public ZaakService(ZaakStore store, ZaakMapper mapper, Zaaktypen zaaktypen, Zaaknummers nummers,
                       CurrentCaller caller, ResourceUrls urls, ObjectMapper json, PartialUpdates partialUpdates,
                       Event<Wijziging> gewijzigd, Verwijzingen verwijzingen, Hoofdzaak hoofdzaak, Afsluiten afsluiten,
                       ZaakInformatieObjectSpiegel documentSpiegel, DocumentenGearchiveerd gearchiveerd,
                       nl.zgw.zaken.onderdeel.OnderdeelStore onderdeelStore) {
        this.onderdeelStore = onderdeelStore;
        this.documentSpiegel = documentSpiegel;
        this.gearchiveerd = gearchiveerd;
        this.store = store;
        this.mapper = mapper;
        this.zaaktypen = zaaktypen;
        this.nummers = nummers;
        this.caller = caller;
        this.urls = urls;
        this.json = json;
        this.partialUpdates = partialUpdates;
        this.gewijzigd = gewijzigd;
        this.verwijzingen = verwijzingen;
        this.hoofdzaak = hoofdzaak;
        this.afsluiten = afsluiten;
    }

    @Transactional
    public Zaak read(UUID uuid) {
        ZaakRow row = store.find(uuid).orElseThrow(ZaakService::notFound);
        caller.requireAllowed(LEZEN, row.zaaktype(), rank(row));
        return mapper.present(List.of(row)).get(0);
    }

    @Transactional
    public Zaak create(Zaak in) {
        if (!caller.allowedTypes("zaken.aanmaken").permits(in.zaaktype(), Vertrouwelijkheidaanduiding.OPENBAAR)) {
            throw new PermissionDeniedException("Deze client mag geen zaken van dit zaaktype aanmaken.");
        }
        JsonNode zaaktype = zaaktypen.published("zaaktype", in.zaaktype());
        String va = in.vertrouwelijkheidaanduiding() == null
                ? zaaktype.path("vertrouwelijkheidaanduiding").asText("openbaar") : in.vertrouwelijkheidaanduiding();
        ProductenOfDiensten.check(in.productenOfDiensten(), zaaktype);
        Vertrouwelijkheidaanduiding level = Vertrouwelijkheidaanduiding.ofValue(va).orElseThrow();
        if (!caller.allowedTypes("zaken.aanmaken").permits(in.zaaktype(), level)) {
            throw new PermissionDeniedException("Deze client mag geen zaken van dit zaaktype aanmaken.");
        }
        String identificatie = nummers.voorNieuweZaak(in.bronorganisatie(), in.identificatie(), in.startdatum());
        ZaakRow row = toRow(UUID.randomUUID(), in, identificatie, va, null);
        store.insert(row);
        Zaak created = mapper.present(row, ZaakMapper.Inhoud.NIEUW);
        gewijzigd.fire(ZaakNotificaties.wijziging(row, created.url(), "zaak", created.url(), "create", identificatie,
                null, created));
        return created;
    }

    @Transactional
    public Zaak update(UUID uuid, Zaak in) {
        ZaakRow existing = lockAllowed(uuid);
        ZaakMapper.Inhoud inhoud = mapper.inhoud(List.of(uuid));
        return save(existing, mapper.present(existing, inhoud), inhoud, in, "update");
    }

    @Transactional
    public Zaak partialUpdate(UUID uuid, ObjectNode patch) {
        ZaakRow existing = lockAllowed(uuid);
        ZaakMapper.Inhoud inhoud = mapper.inhoud(List.of(uuid));
        Zaak before = mapper.present(existing, inhoud);
        Betaling.naarNvt(patch); // zrc-014: changed to nvt, the stored laatsteBetaaldatum goes
        return save(existing, before, inhoud, partialUpdates.merge(partialUpdates.tree(before), patch, Zaak.class),
                "partial_update");
    }

    /**
     * zrc-023: the zaak goes with everything inside it (cascading in the database), its audit
     * trail and its deelzaken; the client needs zaken.verwijderen for each of them.
     */
    @Transactional
    public void delete(UUID uuid) {
        ZaakRow existing = store.lock(uuid).orElseThrow(ZaakService::notFound);
        List<ZaakRow> weg = new ArrayList<>(store.lockDeelzaken(uuid));
        weg.add(existing);
        for (ZaakRow zaak : weg) {
            if (!caller.allowedTypes("zaken.verwijderen").permits(zaak.zaaktype(), rank(zaak))) {
                throw new PermissionDeniedException(zaak == existing ? "Deze client mag deze zaak niet verwijderen."
                        : "Deze client mag deelzaak " + zaak.identificatie() + " niet verwijderen.");
            }
        }
        // a besluit that names one of them would point at nothing: it goes first (the Besluiten API leads)
        if (onderdeelStore.heeftZaakbesluiten(weg.stream().map(ZaakRow::uuid).toList())) {
            throw new ValidationException(List.of(FieldValidationError.nonField("pending-besluit-relation",
                    "Er zijn nog besluiten bij deze zaak (of een deelzaak); verwijder die eerst.")));
        }
        documentSpiegel.zakenVerwijderd(weg.stream().map(ZaakRow::uuid).toList());
        for (ZaakRow zaak : weg) {
            store.delete(zaak.uuid());
            String url = mapper.url(zaak.uuid());
            gewijzigd.fire(ZaakNotificaties.wijziging(zaak, url, "zaak", url, "destroy", zaak.identificatie(), null, null));
        }
    }

    /** {@code aantal} new zaaknummers of the bronorganisatie, reserved for zaken to come (zaken.aanmaken). */
    @Transactional
    public List<String> reserveer(String bronorganisatie, int aantal) {
        return nummers.reserveer(bronorganisatie, aantal);
    }

    /**
     * A change of a zaak. What the rest of the store says about it ({@code inhoud}: deelzaken, the
     * objects inside it, its status) does not change with it, so before and after are presented from
     * the one read.
     */
    private Zaak save(ZaakRow existing, Zaak before, ZaakMapper.Inhoud inhoud, Zaak in, String actie) {
        Onveranderlijk.zaaktype(existing, in);
        if (existing.einddatum() != null && !caller.allowedTypes("zaken.geforceerd-bijwerken")
                .permits(existing.zaaktype(), rank(existing))) {
            throw new PermissionDeniedException("De zaak is afgesloten; alleen met zaken.geforceerd-bijwerken te wijzigen.");
        }
        String identificatie = Onveranderlijk.identificatie(existing, in);
        if (in.productenOfDiensten() != null && !in.productenOfDiensten().isEmpty()) {
            ProductenOfDiensten.check(in.productenOfDiensten(), zaaktypen.published("zaaktype", in.zaaktype()));
        }
        if (!in.bronorganisatie().equals(existing.bronorganisatie())) {
            nummers.claim(in.bronorganisatie(), identificatie);
        }
        String va = in.vertrouwelijkheidaanduiding() == null ? existing.vertrouwelijkheidaanduiding()
                : in.vertrouwelijkheidaanduiding();
        Vertrouwelijkheidaanduiding level = Vertrouwelijkheidaanduiding.ofValue(va).orElseThrow();
        if (!mayChange(existing.zaaktype(), level)) {
            throw new PermissionDeniedException("Deze client mag zaken van dit zaaktype niet zo vertrouwelijk maken.");
        }
        ZaakRow row = toRow(existing.uuid(), in, identificatie, va, existing);
        store.update(row);
        if (row.einddatum() != null) { // zrc-021: the derived archive fields follow hoofdzaak, relevanteAndereZaken, ...
            row = afsluiten.herbereken(row);
        }
        Zaak after = mapper.present(row, inhoud);
        gewijzigd.fire(ZaakNotificaties.wijziging(row, after.url(), "zaak", after.url(), actie, identificatie, before,
                after));
        return after;
    }

    private ZaakRow toRow(UUID uuid, Zaak in, String identificatie, String va, ZaakRow existing) {
        UUID hoofd = hoofdzaak.check(uuid, in.hoofdzaak(), existing != null);
        if (in.zaakgeometrie() != null && !in.zaakgeometrie().isNull()) {
            Geometrie.read("zaakgeometrie", in.zaakgeometrie());
        }
        Betaling.check(in);
        verwijzingen.check(uuid, in, existing);
        ObjectNode data = json.valueToTree(in);
        data.remove(List.of(READ_ONLY));
        canonical(data.path("relevanteAndereZaken"));
        data.put("identificatie", identificatie);
        data.put("vertrouwelijkheidaanduiding", va);
        LocalDate registratiedatum = in.registratiedatum() != null ? in.registratiedatum()
                : existing != null ? existing.registratiedatum() : LocalDate.now();
        data.put("registratiedatum", registratiedatum.toString());
        String archiefstatus = in.archiefstatus() == null ? "nog_te_archiveren" : in.archiefstatus();
        data.put("archiefstatus", archiefstatus);
        String archiefnominatie = in.archiefnominatie() == null || in.archiefnominatie().isEmpty() ? null
                : in.archiefnominatie();
        Archiveerbaar.check(archiefstatus, archiefnominatie, in.archiefactiedatum());
        if (existing != null && !"nog_te_archiveren".equals(archiefstatus)
                && !archiefstatus.equals(existing.archiefstatus())) {
            gearchiveerd.vereis(existing.uuid());
        }
        if (existing != null) { // a derived archive value stays derived while the client leaves it as it is
            ObjectNode afgeleid = data.putObject(ZaakRow.AFGELEID);
            afgeleid.put("archiefnominatie", existing.afgeleid("archiefnominatie")
                    && Objects.equals(archiefnominatie, existing.archiefnominatie()));
            afgeleid.put("archiefactiedatum", existing.afgeleid("archiefactiedatum")
                    && Objects.equals(in.archiefactiedatum(), existing.archiefactiedatum()));
        }
        return new ZaakRow(uuid, identificatie, in.bronorganisatie(), in.zaaktype(), va,
                Vertrouwelijkheidaanduiding.ofValue(va).orElseThrow().rank(), in.startdatum(), registratiedatum,
                existing == null ? null : existing.einddatum(), in.einddatumGepland(),
                in.uiterlijkeEinddatumAfdoening(), archiefnominatie, archiefstatus, in.archiefactiedatum(), hoofd, data);
    }

    /**
     * Zaken of this API in relevanteAndereZaken are stored in the one form this API writes its URLs,
     * whatever spelling the client used, so a zaak that closes finds those that name it.
     */
    private void canonical(JsonNode relaties) {
        for (JsonNode relatie : relaties) {
            try {
                urls.ownUuid(ResourceUrl.of(relatie.path("url").asText()), COLLECTION)
                        .ifPresent(own -> ((ObjectNode) relatie).put("url", mapper.url(own)));
            } catch (IllegalArgumentException e) {
                // not a URL of ours: kept as given (checked by Verwijzingen)
            }
        }
    }

    private ZaakRow lockAllowed(UUID uuid) {
        ZaakRow row = store.lock(uuid).orElseThrow(ZaakService::notFound);
        if (!mayChange(row.zaaktype(), rank(row))) {
            throw new PermissionDeniedException("Deze client mag deze zaak niet bijwerken.");
        }
        return row;
    }

    /** zaken.bijwerken, or zaken.geforceerd-bijwerken (which a closed zaak needs), for this type and level. */
    private boolean mayChange(String zaaktype, Vertrouwelijkheidaanduiding level) {
        return caller.allowedTypes("zaken.bijwerken").permits(zaaktype, level)
                || caller.allowedTypes("zaken.geforceerd-bijwerken").permits(zaaktype, level);
    }

    private static Vertrouwelijkheidaanduiding rank(ZaakRow row) {
        return Vertrouwelijkheidaanduiding.ofValue(row.vertrouwelijkheidaanduiding()).orElseThrow();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Er bestaat geen zaak met deze uuid.");
    }
}

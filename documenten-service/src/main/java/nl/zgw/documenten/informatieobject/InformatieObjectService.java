package nl.zgw.documenten.informatieobject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import nl.zgw.documenten.bestandsdeel.BestandsdeelRow;
import nl.zgw.documenten.bestandsdeel.BestandsdeelStore;
import nl.zgw.documenten.config.DocumentenConfig;
import nl.zgw.documenten.informatieobject.validation.Bestandsomvang;
import nl.zgw.documenten.informatieobject.validation.GebruiksrechtIndicatie;
import nl.zgw.documenten.informatieobject.validation.Relaties;
import nl.zgw.documenten.informatieobject.validation.Slot;
import nl.zgw.documenten.informatieobject.validation.StatusOntvangen;
import nl.zgw.documenten.inhoud.DocumentVerzoek;
import nl.zgw.documenten.inhoud.InhoudOpslag;
import nl.zgw.documenten.inhoud.InhoudTransactie;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.json.PartialUpdates;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.PermissionDeniedException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.wijziging.Wijziging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The use cases that change one enkelvoudiginformatieobject or read one version of it. Every change
 * locks the document row, checks the rules (one class each, in {@code validation}), writes a new
 * version, and fires one {@link Wijziging} (notification on kanaal {@code documenten}, audit trail).
 * Content written for a change that does not commit is removed ({@link InhoudTransactie}).
 */
@ApplicationScoped
public class InformatieObjectService {

    static final String LEZEN = "documenten.lezen";
    static final String RESOURCE = "enkelvoudiginformatieobject";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** At most this many bestandsdelen per file (10,000 parts of the default 4 GiB is 40 TiB). */
    static final long MAX_DELEN = 10_000;

    private final InformatieObjectStore store;
    private final BestandsdeelStore delen;
    private final InformatieObjectMapper mapper;
    private final Informatieobjecttypen typen;
    private final CurrentCaller caller;
    private final PartialUpdates partialUpdates;
    private final ObjectMapper json;
    private final Event<Wijziging> gewijzigd;
    private final InhoudOpslag opslag;
    private final InhoudTransactie transactie;
    private final DocumentenConfig config;

    public InformatieObjectService(InformatieObjectStore store, BestandsdeelStore delen, InformatieObjectMapper mapper,
                                   Informatieobjecttypen typen, CurrentCaller caller, PartialUpdates partialUpdates,
                                   ObjectMapper json, Event<Wijziging> gewijzigd, InhoudOpslag opslag,
                                   InhoudTransactie transactie, DocumentenConfig config) {
        this.store = store;
        this.delen = delen;
        this.mapper = mapper;
        this.typen = typen;
        this.caller = caller;
        this.partialUpdates = partialUpdates;
        this.json = json;
        this.gewijzigd = gewijzigd;
        this.opslag = opslag;
        this.transactie = transactie;
        this.config = config;
    }

    /** A created document, with the lock id a large file's upload needs ({@code ""} for other documents). */
    public record Aangemaakt(EnkelvoudigInformatieObject document, String lock) {
    }

    /** The content of a version to download: its key, size and SHA-256 (null key: no content). */
    public record Download(String sleutel, long grootte, String sha256, String bestandsnaam, String formaat) {
    }

    @Transactional
    public EnkelvoudigInformatieObject read(UUID uuid, Integer versie, OffsetDateTime registratieOp) {
        InformatieObjectRow row = leesbaar(uuid);
        return present(row, leesbareVersie(uuid, versie, registratieOp));
    }

    @Transactional
    public Download download(UUID uuid, Integer versie, OffsetDateTime registratieOp) {
        leesbaar(uuid);
        VersieRow v = leesbareVersie(uuid, versie, registratieOp);
        if (v.inhoud() == null) {
            throw new NotFoundException("Deze versie van het document heeft geen inhoud.");
        }
        return new Download(v.inhoud(), v.bestandsomvang(), v.sha256(), v.data().path("bestandsnaam").asText(""),
                v.data().path("formaat").asText(""));
    }

    @Transactional
    public Aangemaakt create(DocumentVerzoek verzoek) {
        verzoek.neemOver(transactie);
        ObjectNode velden = verzoek.velden().deepCopy();
        velden.remove("lock"); // a new document is not locked by its client
        InformatieObjectGegevens in = partialUpdates.merge(json.createObjectNode(), velden, InformatieObjectGegevens.class);
        if (!caller.allowedTypes("documenten.aanmaken").permits(in.informatieobjecttype(), Vertrouwelijkheidaanduiding.OPENBAAR)) {
            throw new PermissionDeniedException("Deze client mag geen documenten van dit informatieobjecttype aanmaken.");
        }
        JsonNode type = typen.gepubliceerd("informatieobjecttype", in.informatieobjecttype());
        String va = leeg(in.vertrouwelijkheidaanduiding())
                ? type.path("vertrouwelijkheidaanduiding").asText("openbaar") : in.vertrouwelijkheidaanduiding(); // drc-007
        Vertrouwelijkheidaanduiding level = niveau(va);
        if (!caller.allowedTypes("documenten.aanmaken").permits(in.informatieobjecttype(), level)) {
            throw new PermissionDeniedException("Deze client mag geen documenten van dit informatieobjecttype aanmaken.");
        }
        StatusOntvangen.check(in.status(), in.ontvangstdatum());
        GebruiksrechtIndicatie.check(in.indicatieGebruiksrecht(), false, 0); // a new document has no gebruiksrechten
        Inhoud inhoud = inhoud(verzoek, in.bestandsomvang(), null, false);
        String identificatie = identificatie(in);
        UUID uuid = UUID.randomUUID();
        String lock = inhoud.delen() ? nieuwLock() : null;
        InformatieObjectRow row = new InformatieObjectRow(uuid, in.bronorganisatie(), identificatie,
                in.informatieobjecttype(), va, level.rank(), 1, lock, trefwoorden(in));
        store.insert(row);
        VersieRow versie = versie(uuid, 1, in, identificatie, va, inhoud);
        store.insert(versie);
        if (inhoud.delen()) {
            delen.maak(uuid, in.bestandsomvang(), config.bestandsdeelGrootte());
        }
        EnkelvoudigInformatieObject created = present(row, versie);
        gewijzigd.fire(DocumentenNotificaties.wijziging(row, created.url(), RESOURCE, created.url(), "create",
                weergave(row), null, created));
        return new Aangemaakt(created, lock == null ? "" : lock);
    }

    /** PUT ({@code volledig}) or PATCH: a new version, with the lock id the change carries. */
    @Transactional
    public EnkelvoudigInformatieObject update(UUID uuid, DocumentVerzoek verzoek, boolean volledig) {
        verzoek.neemOver(transactie);
        InformatieObjectRow row = store.lock(uuid).orElseThrow(InformatieObjectService::nietGevonden);
        if (!magWijzigen(row.informatieobjecttype(), row.niveau())) {
            throw new PermissionDeniedException("Deze client mag dit document niet bijwerken.");
        }
        VersieRow vorige = store.versie(uuid, null, null).orElseThrow(InformatieObjectService::nietGevonden);
        EnkelvoudigInformatieObject before = present(row, vorige);
        ObjectNode velden = verzoek.velden();
        InformatieObjectGegevens in;
        if (volledig) {
            ObjectNode basis = json.createObjectNode();
            // fields of newer minor versions an older client leaves out keep their value
            for (String nieuwer : List.of("tonenAanInitiator", "isGereedVoorPublicatie", "trefwoorden", "inhoudIsVervallen")) {
                basis.set(nieuwer, vorige.data().get(nieuwer));
            }
            in = partialUpdates.merge(basis, velden, InformatieObjectGegevens.class);
        } else {
            ObjectNode basis = vorige.data().deepCopy();
            basis.putNull("lock");
            if (vorige.bestandsomvang() != null) {
                basis.put("bestandsomvang", vorige.bestandsomvang());
            } else {
                basis.putNull("bestandsomvang");
            }
            in = partialUpdates.merge(basis, velden, InformatieObjectGegevens.class);
        }
        Slot.wijziging(row, in.lock(), volledig);
        String va = leeg(in.vertrouwelijkheidaanduiding()) ? row.vertrouwelijkheidaanduiding() : in.vertrouwelijkheidaanduiding();
        if (!in.informatieobjecttype().equals(row.informatieobjecttype())) {
            typen.gepubliceerd("informatieobjecttype", in.informatieobjecttype());
        }
        Vertrouwelijkheidaanduiding level = niveau(va);
        if (!magWijzigen(in.informatieobjecttype(), level)) {
            throw new PermissionDeniedException("Deze client mag documenten van dit informatieobjecttype niet zo wijzigen.");
        }
        StatusOntvangen.check(in.status(), in.ontvangstdatum());
        Boolean indicatie = GebruiksrechtIndicatie.check(in.indicatieGebruiksrecht(),
                volledig && !velden.has("indicatieGebruiksrecht"), store.aantalGebruiksrechten(uuid));
        String identificatie = leeg(in.identificatie()) ? row.identificatie() : in.identificatie();
        if (!identificatie.equals(row.identificatie()) || !in.bronorganisatie().equals(row.bronorganisatie())) {
            if (store.identificatieBestaat(in.bronorganisatie(), identificatie)) {
                throw ValidationException.of("identificatie", "identificatie-niet-uniek",
                        "Deze identificatie bestaat al voor deze bronorganisatie.");
            }
        }
        Inhoud inhoud = inhoud(verzoek, in.bestandsomvang(), vorige, !volledig);
        transactie.weg(delen.verwijder(uuid)); // parts of an earlier upload are not carried over
        int nummer = row.versie() + 1;
        InformatieObjectRow nieuw = new InformatieObjectRow(uuid, in.bronorganisatie(), identificatie,
                in.informatieobjecttype(), va, level.rank(), nummer, row.lock(), trefwoorden(in));
        store.update(nieuw);
        VersieRow versie = versie(uuid, nummer, in, identificatie, va, inhoud);
        if (indicatie == null) {
            versie.data().putNull("indicatieGebruiksrecht");
        } else {
            versie.data().put("indicatieGebruiksrecht", indicatie);
        }
        store.insert(versie);
        if (inhoud.delen()) {
            delen.maak(uuid, in.bestandsomvang(), config.bestandsdeelGrootte());
        }
        EnkelvoudigInformatieObject after = present(nieuw, versie);
        gewijzigd.fire(DocumentenNotificaties.wijziging(nieuw, after.url(), RESOURCE, after.url(),
                volledig ? "update" : "partial_update", weergave(nieuw), before, after));
        return after;
    }

    /** drc-008: only without relations, never while locked; its versions, content and audit trail go with it. */
    @Transactional
    public void delete(UUID uuid) {
        InformatieObjectRow row = store.lock(uuid).orElseThrow(InformatieObjectService::nietGevonden);
        if (!caller.allowedTypes("documenten.verwijderen").permits(row.informatieobjecttype(),
                row.niveau())) {
            throw new PermissionDeniedException("Deze client mag dit document niet verwijderen.");
        }
        Slot.verwijdering(row);
        Relaties.check(store.heeftRelaties(uuid));
        transactie.weg(store.delete(uuid));
        String url = mapper.url(uuid);
        gewijzigd.fire(DocumentenNotificaties.wijziging(row, url, RESOURCE, url, "destroy", weergave(row), null, null));
    }

    /** drc-009: a lock id that only its holder knows. */
    @Transactional
    public String lock(UUID uuid) {
        InformatieObjectRow row = store.lock(uuid).orElseThrow(InformatieObjectService::nietGevonden);
        if (!caller.allowedTypes("documenten.lock").permits(row.informatieobjecttype(),
                row.niveau())) {
            throw new PermissionDeniedException("Deze client mag dit document niet locken.");
        }
        Slot.vergrendeling(row);
        String lock = nieuwLock();
        store.lock(uuid, lock);
        return lock;
    }

    /**
     * Unlocks with the lock id, or without it with documenten.geforceerd-unlock. The parts of a large
     * file are assembled into the current version first; an incomplete upload keeps the document
     * locked ({@code incomplete-upload}), except for a forced unlock, which discards it.
     */
    @Transactional
    @TransactionConfiguration(timeout = 3600) // assembles a file of gigabytes
    public void unlock(UUID uuid, String lock) {
        InformatieObjectRow row = store.lock(uuid).orElseThrow(InformatieObjectService::nietGevonden);
        Vertrouwelijkheidaanduiding level = row.niveau();
        boolean mag = caller.allowedTypes("documenten.lock").permits(row.informatieobjecttype(), level);
        boolean metLock = mag && row.locked() && lock != null && Slot.past(row, lock);
        // forced only when the lock id is not the client's: its own upload is then unlocked as anyone's
        boolean geforceerd = !metLock
                && caller.allowedTypes("documenten.geforceerd-unlock").permits(row.informatieobjecttype(), level);
        if (!geforceerd) {
            if (!mag) {
                throw new PermissionDeniedException("Deze client mag dit document niet unlocken.");
            }
            Slot.ontgrendeling(row, lock);
        }
        List<BestandsdeelRow> parts = delen.van(uuid);
        if (!parts.isEmpty()) {
            VersieRow huidige = store.versie(uuid, null, null).orElseThrow(InformatieObjectService::nietGevonden);
            boolean compleet = parts.stream().allMatch(BestandsdeelRow::voltooid);
            InhoudOpslag.Opgeslagen geheel = compleet ? voegSamen(parts, huidige, geforceerd) : null;
            if (geheel != null) {
                store.inhoud(uuid, huidige.versie(), geheel.sleutel(), geheel.grootte(), geheel.sha256());
            } else if (!geforceerd) {
                throw new ValidationException(List.of(nl.zgw.shared.problem.FieldValidationError.nonField(
                        "incomplete-upload", "De bestandsdelen zijn nog niet allemaal geüpload: ontbrekend volgnummer "
                                + parts.stream().filter(p -> !p.voltooid()).map(p -> String.valueOf(p.volgnummer()))
                                .reduce((a, b) -> a + ", " + b).orElse("") + ".")));
            } else {
                store.inhoud(uuid, huidige.versie(), null, null, null); // a forced unlock drops the upload
            }
            transactie.weg(delen.verwijder(uuid));
        }
        store.lock(uuid, null);
    }

    /**
     * The parts, in order, as the content of the version; checked against its size and a SHA-256
     * integriteit. A forced unlock discards an upload that fails the check (null) instead of refusing.
     */
    private InhoudOpslag.Opgeslagen voegSamen(List<BestandsdeelRow> parts, VersieRow versie, boolean geforceerd) {
        InhoudOpslag.Opgeslagen geheel;
        try (InhoudOpslag.Schrijver schrijver = opslag.nieuw()) {
            for (BestandsdeelRow part : parts) {
                try (var in = opslag.lees(part.inhoud(), 0)) {
                    in.transferTo(schrijver.uit());
                }
            }
            geheel = schrijver.klaar();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        transactie.nieuw(geheel.sleutel());
        JsonNode integriteit = versie.data().path("integriteit");
        boolean grootteKlopt = java.util.Objects.equals(versie.bestandsomvang(), geheel.grootte());
        boolean hashKlopt = !"sha_256".equals(integriteit.path("algoritme").asText())
                || geheel.sha256().equalsIgnoreCase(integriteit.path("waarde").asText());
        if (geforceerd && !(grootteKlopt && hashKlopt)) {
            opslag.verwijder(geheel.sleutel());
            return null;
        }
        Bestandsomvang.check(versie.bestandsomvang(), geheel.grootte());
        if (!hashKlopt) {
            throw ValidationException.of("integriteit.waarde", "integriteit-mismatch", "De SHA-256 van de samengevoegde "
                    + "bestandsdelen (" + geheel.sha256() + ") is niet die van integriteit.waarde.");
        }
        return geheel;
    }

    /** What the content of the new version is: sent, kept from the previous version, parts to come, or none. */
    private record Inhoud(String sleutel, Long grootte, String sha256, boolean delen) {
    }

    /**
     * {@code patch}: a PATCH, whose bestandsomvang is the previous one unless it sends another; elsewhere
     * a bestandsomvang is checked only when the body has one.
     */
    private Inhoud inhoud(DocumentVerzoek verzoek, Long bestandsomvang, VersieRow vorige, boolean patch) {
        boolean controleer = verzoek.velden().has("bestandsomvang") || patch;
        if (verzoek.inhoud() == DocumentVerzoek.Inhoud.GEGEVEN && verzoek.opgeslagen().orElseThrow().grootte() == 0
                && bestandsomvang != null && bestandsomvang > 0) {
            opslag.verwijder(verzoek.opgeslagen().orElseThrow().sleutel()); // "inhoud": "" announces parts, as the guide has it
            return delen(bestandsomvang);
        }
        if (verzoek.inhoud() == DocumentVerzoek.Inhoud.GEGEVEN) {
            InhoudOpslag.Opgeslagen o = verzoek.opgeslagen().orElseThrow();
            if (controleer) {
                Bestandsomvang.check(bestandsomvang, o.grootte());
            }
            return new Inhoud(o.sleutel(), o.grootte(), o.sha256(), false);
        }
        if (verzoek.inhoud() == DocumentVerzoek.Inhoud.AFWEZIG && vorige != null && vorige.inhoud() != null) {
            if (controleer) { // the content stays as it was
                Bestandsomvang.check(bestandsomvang, vorige.bestandsomvang());
            }
            return new Inhoud(vorige.inhoud(), vorige.bestandsomvang(), vorige.sha256(), false);
        }
        if (bestandsomvang == null) {
            return new Inhoud(null, null, null, false);
        }
        if (bestandsomvang == 0) {
            try (InhoudOpslag.Schrijver leeg = opslag.nieuw()) {
                InhoudOpslag.Opgeslagen o = leeg.klaar();
                transactie.nieuw(o.sleutel());
                return new Inhoud(o.sleutel(), 0L, o.sha256(), false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return delen(bestandsomvang);
    }

    /** A large file: uploaded in parts, then unlocked. The number of parts is bounded. */
    private Inhoud delen(long bestandsomvang) {
        long aantal = (bestandsomvang + config.bestandsdeelGrootte() - 1) / config.bestandsdeelGrootte();
        if (aantal > MAX_DELEN) {
            throw ValidationException.of("bestandsomvang", "max_value", "Een bestand van " + bestandsomvang
                    + " bytes zijn meer dan " + MAX_DELEN + " bestandsdelen van " + config.bestandsdeelGrootte() + " bytes.");
        }
        return new Inhoud(null, bestandsomvang, null, true);
    }


    private VersieRow versie(UUID uuid, int nummer, InformatieObjectGegevens in, String identificatie, String va,
                             Inhoud inhoud) {
        ObjectNode data = json.valueToTree(in);
        data.remove(List.of("lock", "bestandsomvang"));
        data.put("identificatie", identificatie);
        data.put("vertrouwelijkheidaanduiding", va);
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        return new VersieRow(uuid, nummer, nu, data, inhoud.sleutel(), inhoud.grootte(), inhoud.sha256());
    }

    private EnkelvoudigInformatieObject present(InformatieObjectRow row, VersieRow versie) {
        List<BestandsDeel> parts = row.versie() == versie.versie() ? mapper.delen(row, delen.van(row.uuid())) : List.of();
        return mapper.present(row, versie, parts);
    }

    /** The identificatie of a new document: the one given (unique per bronorganisatie) or DOCUMENT-year-number. */
    private String identificatie(InformatieObjectGegevens in) {
        if (!leeg(in.identificatie())) {
            if (store.identificatieBestaat(in.bronorganisatie(), in.identificatie())) {
                throw ValidationException.of("identificatie", "identificatie-niet-uniek",
                        "Deze identificatie bestaat al voor deze bronorganisatie.");
            }
            return in.identificatie();
        }
        int jaar = in.creatiedatum().getYear();
        for (int poging = 0; poging < 1000; poging++) {
            String nummer = String.format("DOCUMENT-%d-%010d", jaar, store.volgendNummer(in.bronorganisatie(), jaar));
            if (!store.identificatieBestaat(in.bronorganisatie(), nummer)) {
                return nummer;
            }
        }
        throw new IllegalStateException("no free documentnummer for " + in.bronorganisatie() + " in " + jaar);
    }

    private InformatieObjectRow leesbaar(UUID uuid) {
        InformatieObjectRow row = store.find(uuid).orElseThrow(InformatieObjectService::nietGevonden);
        caller.requireAllowed(LEZEN, row.informatieobjecttype(), row.niveau());
        return row;
    }

    /**
     * The version asked, if the client may read it too: an older version may have had another type
     * or a higher level than the document has now. A client of an applicatie with
     * alleenIsGereedVoorPublicatie sees only versions ready for publication (others are not found).
     */
    private VersieRow leesbareVersie(UUID uuid, Integer versie, OffsetDateTime registratieOp) {
        VersieRow v = store.versie(uuid, versie, registratieOp).orElseThrow(InformatieObjectService::versieNietGevonden);
        caller.requireAllowed(LEZEN, v.data().path("informatieobjecttype").asText(),
                niveau(v.data().path("vertrouwelijkheidaanduiding").asText()));
        if (caller.autorisaties().alleenIsGereedVoorPublicatie()
                && !v.data().path("isGereedVoorPublicatie").asBoolean(false)) {
            throw versieNietGevonden();
        }
        return v;
    }

    private boolean magWijzigen(String type, Vertrouwelijkheidaanduiding level) {
        return caller.allowedTypes("documenten.bijwerken").permits(type, level)
                || caller.allowedTypes("documenten.geforceerd-bijwerken").permits(type, level);
    }

    private static List<String> trefwoorden(InformatieObjectGegevens in) {
        return in.trefwoorden() == null ? List.of() : in.trefwoorden();
    }

    private static String weergave(InformatieObjectRow row) {
        return row.bronorganisatie() + " - " + row.identificatie();
    }

    private static String nieuwLock() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static boolean leeg(String value) {
        return value == null || value.isEmpty();
    }

    static Vertrouwelijkheidaanduiding niveau(String va) {
        return Vertrouwelijkheidaanduiding.ofValue(va).orElseThrow();
    }

    private static NotFoundException nietGevonden() {
        return new NotFoundException("Er bestaat geen enkelvoudiginformatieobject met deze uuid.");
    }

    private static NotFoundException versieNietGevonden() {
        return new NotFoundException("Deze versie van het enkelvoudiginformatieobject bestaat niet.");
    }
}

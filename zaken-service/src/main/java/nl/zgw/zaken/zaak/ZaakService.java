package nl.zgw.zaken.zaak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.shared.auth.AllowedTypes;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.json.PartialUpdates;
import nl.zgw.shared.notificatie.Notificatie;
import nl.zgw.shared.notificatie.Outbox;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.PermissionDeniedException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.zaken.audit.AuditTrails;
import nl.zgw.zaken.onderdeel.Afsluiten;
import nl.zgw.zaken.onderdeel.OnderdeelRow;
import nl.zgw.zaken.onderdeel.OnderdeelStore;
import nl.zgw.zaken.onderdeel.Soort;
import nl.zgw.zaken.store.Jdbc;

import org.locationtech.jts.geom.Geometry;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The use cases of the zaken resource. Lists are filtered in SQL on the zaaktypen and maximum
 * vertrouwelijkheidaanduiding the client may see; a detail it may not see is a 403. Every change
 * is published on kanaal {@code zaken} through the outbox, in its own transaction.
 */
@ApplicationScoped
public class ZaakService {

    static final String COLLECTION = "zaken";
    static final String LEZEN = "zaken.lezen";
    private static final String[] READ_ONLY = {"url", "uuid", "einddatum", "betalingsindicatieWeergave", "deelzaken",
            "eigenschappen", "rollen", "status", "zaakinformatieobjecten", "zaakobjecten", "resultaat", "_expand"};
    private static final Map<String, String> WEERGAVE = Map.of("", "", "nvt", "Er is geen sprake van te betalen, "
            + "met de zaak gemoeide, kosten.", "nog_niet", "De met de zaak gemoeide kosten zijn (nog) niet betaald.",
            "gedeeltelijk", "De met de zaak gemoeide kosten zijn gedeeltelijk betaald.",
            "geheel", "De met de zaak gemoeide kosten zijn geheel betaald.");
    static final Map<String, String> ORDERING = Map.of("startdatum", "startdatum", "einddatum", "einddatum",
            "archiefactiedatum", "archiefactiedatum", "registratiedatum", "registratiedatum",
            "identificatie", "identificatie", "publicatiedatum", "(data ->> 'publicatiedatum')");

    private final ZaakStore store;
    private final Zaaktypen zaaktypen;
    private final CurrentCaller caller;
    private final ResourceUrls urls;
    private final ObjectMapper json;
    private final PartialUpdates partialUpdates;
    private final Outbox outbox;
    private final OnderdeelStore onderdelen;
    private final AuditTrails audit;
    private final ExterneBronnen extern;
    private final Afsluiten afsluiten;

    public ZaakService(ZaakStore store, Zaaktypen zaaktypen, CurrentCaller caller, ResourceUrls urls, ObjectMapper json,
                       PartialUpdates partialUpdates, Outbox outbox, OnderdeelStore onderdelen, AuditTrails audit,
                       ExterneBronnen extern, Afsluiten afsluiten) {
        this.extern = extern;
        this.afsluiten = afsluiten;
        this.onderdelen = onderdelen;
        this.audit = audit;
        this.store = store;
        this.zaaktypen = zaaktypen;
        this.caller = caller;
        this.urls = urls;
        this.json = json;
        this.partialUpdates = partialUpdates;
        this.outbox = outbox;
    }

    @Transactional
    public Page<Zaak> list(ZaakFilters filters, Jdbc.Where extra, String ordering,
                            String maximaleVertrouwelijkheidaanduiding, PageRequest request, URI requestUrl) {
        return list(filters, extra, ordering, maximaleVertrouwelijkheidaanduiding, null, request, requestUrl);
    }

    private Page<Zaak> list(ZaakFilters filters, Jdbc.Where extra, String ordering,
                            String maximaleVertrouwelijkheidaanduiding, Geometry within, PageRequest request,
                            URI requestUrl) {
        Jdbc.Where where = filters.where().and(extra);
        AllowedTypes allowed = caller.allowedTypes(LEZEN);
        AllowedTypes.SqlCondition sql = allowed.sql("zaaktype", "vertrouwelijkheid_rank");
        where.and(sql.sql(), sql.parameters().toArray());
        if (maximaleVertrouwelijkheidaanduiding != null && !maximaleVertrouwelijkheidaanduiding.isEmpty()) {
            Vertrouwelijkheidaanduiding max = Vertrouwelijkheidaanduiding.ofValue(maximaleVertrouwelijkheidaanduiding)
                    .orElseThrow(() -> ValidationException.of("maximaleVertrouwelijkheidaanduiding", "invalid_choice",
                            "Geen geldige vertrouwelijkheidaanduiding."));
            where.and("vertrouwelijkheid_rank <= ?", max.rank());
        }
        if (within != null) {
            return within(where, within, orderBy(ordering), request, requestUrl);
        }
        long count = store.count(where);
        request.requireExists(count);
        List<ZaakRow> rows = store.page(where, orderBy(ordering), request.offset(), request.pageSize());
        return Page.of(request, count, present(rows), requestUrl);
    }

    /**
     * The zaken whose zaakgeometrie lies within {@code area}: the GiST index on the bounding boxes
     * selects the candidates (with every other filter), JTS decides exactly; count and page follow
     * from the exact matches, in the order asked.
     */
    private Page<Zaak> within(Jdbc.Where where, Geometry area, String orderBy, PageRequest request, URI requestUrl) {
        org.locationtech.jts.geom.Envelope e = area.getEnvelopeInternal();
        where.and("zaakgeometrie_bbox <@ ?", new org.postgresql.geometric.PGbox(e.getMinX(), e.getMinY(), e.getMaxX(),
                e.getMaxY()));
        List<UUID> matches = new ArrayList<>();
        org.locationtech.jts.geom.prep.PreparedGeometry gebied =
                org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(area);
        for (ZaakStore.Candidate candidate : store.candidates(where, orderBy)) {
            try {
                Geometry geometrie = Geometrie.stored(json.readTree(candidate.zaakgeometrie()));
                if (geometrie != null && gebied.contains(geometrie)) { // contains(area, g) is within(g, area)
                    matches.add(candidate.uuid());
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException unreadable) {
                // a stored geometry that cannot be read lies within no area
            }
        }
        request.requireExists(matches.size());
        int from = (int) Math.min(request.offset(), matches.size());
        int to = Math.min(from + request.pageSize(), matches.size());
        return Page.of(request, matches.size(), present(store.inOrder(matches.subList(from, to))), requestUrl);
    }

    /** {@code POST /zaken/_zoek}: the list filters in a body, plus {@code uuid__in} and {@code zaaktype__in}. */
    @Transactional
    public Page<Zaak> zoek(ObjectNode body, Jdbc.Where rolFilters, java.util.Set<String> handledElsewhere, PageRequest request,
                           URI requestUrl) {
        if (body.isEmpty()) {
            throw new ValidationException(List.of(nl.zgw.shared.problem.FieldValidationError.nonField(
                    "empty_search_body", "Geef minstens één zoekcriterium.")));
        }
        java.util.Set<String> elsewhere = new java.util.HashSet<>(handledElsewhere);
        elsewhere.addAll(java.util.Set.of("uuid__in", "zaaktype__in", "ordering",
                "maximaleVertrouwelijkheidaanduiding", "zaakgeometrie"));
        ZaakFilters filters = ZaakFilters.of(body, elsewhere);
        List<Object> extra = new ArrayList<>();
        StringBuilder conditions = new StringBuilder();
        for (String list : List.of("uuid__in", "zaaktype__in")) {
            if (body.has(list) && !body.get(list).isArray()) {
                throw ValidationException.of(list, "not_a_list", "Verwacht een lijst.");
            }
        }
        if (body.has("uuid__in")) {
            List<UUID> uuids = new ArrayList<>();
            for (JsonNode u : body.path("uuid__in")) {
                try {
                    uuids.add(UUID.fromString(u.asText()));
                } catch (IllegalArgumentException e) {
                    throw ValidationException.of("uuid__in", "invalid", "Geen geldige UUID: " + u.asText() + ".");
                }
            }
            conditions.append("uuid = ANY(?)");
            extra.add(uuids.isEmpty() ? List.of(new UUID(0, 0)) : uuids);
        }
        if (body.has("zaaktype__in")) {
            List<String> types = new ArrayList<>();
            body.path("zaaktype__in").forEach(t -> types.add(t.asText()));
            if (conditions.length() > 0) {
                conditions.append(" AND ");
            }
            conditions.append("zaaktype = ANY(?)");
            extra.add(types.isEmpty() ? List.of("") : types);
        }
        String ordering = body.hasNonNull("ordering") ? body.get("ordering").asText() : null;
        String max = body.hasNonNull("maximaleVertrouwelijkheidaanduiding")
                ? body.get("maximaleVertrouwelijkheidaanduiding").asText() : null;
        Jdbc.Where where = new Jdbc.Where();
        if (conditions.length() > 0) {
            where.and(conditions.toString(), extra.toArray());
        }
        Geometry within = null;
        if (body.has("zaakgeometrie")) {
            JsonNode area = body.get("zaakgeometrie").get("within");
            if (area == null || area.isNull()) {
                throw ValidationException.of("zaakgeometrie.within", "required", "Geef het gebied (GeoJSON) op.");
            }
            within = Geometrie.read("zaakgeometrie.within", area);
        }
        return list(filters, where.and(rolFilters), ordering, max, within, request, requestUrl);
    }

    @Transactional
    public Zaak read(UUID uuid) {
        ZaakRow row = find(uuid);
        caller.requireAllowed(LEZEN, row.zaaktype(), rank(row));
        return present(List.of(row)).get(0);
    }

    @Transactional
    public Zaak create(Zaak in) {
        if (!caller.allowedTypes("zaken.aanmaken").permits(in.zaaktype(), Vertrouwelijkheidaanduiding.OPENBAAR)) {
            throw new PermissionDeniedException("Deze client mag geen zaken van dit zaaktype aanmaken.");
        }
        JsonNode zaaktype = zaaktypen.published("zaaktype", in.zaaktype());
        String va = in.vertrouwelijkheidaanduiding() == null
                ? zaaktype.path("vertrouwelijkheidaanduiding").asText("openbaar") : in.vertrouwelijkheidaanduiding();
        checkProducten(in, zaaktype);
        Vertrouwelijkheidaanduiding level = Vertrouwelijkheidaanduiding.ofValue(va).orElseThrow();
        if (!caller.allowedTypes("zaken.aanmaken").permits(in.zaaktype(), level)) {
            throw new PermissionDeniedException("Deze client mag geen zaken van dit zaaktype aanmaken.");
        }
        String identificatie = in.identificatie();
        if (identificatie == null || identificatie.isEmpty()) {
            identificatie = nieuwNummer(in.bronorganisatie(), in.startdatum(), true);
        } else if (!store.claim(in.bronorganisatie(), identificatie)) {
            throw ValidationException.of("identificatie", "identificatie-niet-uniek",
                    "Deze identificatie is al gebruikt voor deze bronorganisatie.");
        }
        UUID uuid = UUID.randomUUID();
        ZaakRow row = toRow(uuid, in, identificatie, va, null);
        store.insert(row);
        notify(row, "create");
        Zaak created = present(List.of(row)).get(0);
        audit.record(uuid, created.url(), "zaak", created.url(), "create", identificatie, null, created);
        return created;
    }

    @Transactional
    public Zaak update(UUID uuid, Zaak in) {
        return save(lockAllowed(uuid), in, "update");
    }

    @Transactional
    public Zaak partialUpdate(UUID uuid, ObjectNode patch) {
        ZaakRow existing = lockAllowed(uuid);
        ObjectNode base = partialUpdates.tree(present(List.of(existing)).get(0));
        return save(existing, partialUpdates.merge(base, patch, Zaak.class), "partial_update");
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
        for (ZaakRow zaak : weg) {
            store.delete(zaak.uuid());
            notify(zaak, "destroy");
        }
    }

    private Zaak save(ZaakRow existing, Zaak in, String actie) {
        if (!existing.zaaktype().equals(in.zaaktype())) {
            throw ValidationException.of("zaaktype", "wijzigen-niet-toegelaten", "Het zaaktype van een zaak wijzigt niet.");
        }
        if (existing.einddatum() != null && !caller.allowedTypes("zaken.geforceerd-bijwerken")
                .permits(existing.zaaktype(), rank(existing))) {
            throw new PermissionDeniedException("De zaak is afgesloten; alleen met zaken.geforceerd-bijwerken te wijzigen.");
        }
        String identificatie = in.identificatie() == null || in.identificatie().isEmpty()
                ? existing.identificatie() : in.identificatie();
        if (!identificatie.equals(existing.identificatie())) {
            throw ValidationException.of("identificatie", "wijzigen-niet-toegelaten",
                    "De identificatie van een zaak wijzigt niet.");
        }
        if (in.productenOfDiensten() != null && !in.productenOfDiensten().isEmpty()) {
            checkProducten(in, zaaktypen.published("zaaktype", in.zaaktype()));
        }
        if (!in.bronorganisatie().equals(existing.bronorganisatie())) {
            if (!store.claim(in.bronorganisatie(), identificatie)) {
                throw ValidationException.of("identificatie", "identificatie-niet-uniek",
                        "Deze identificatie bestaat al voor deze bronorganisatie.");
            }
        }
        String va = in.vertrouwelijkheidaanduiding() == null ? existing.vertrouwelijkheidaanduiding()
                : in.vertrouwelijkheidaanduiding();
        Vertrouwelijkheidaanduiding level = Vertrouwelijkheidaanduiding.ofValue(va).orElseThrow();
        if (!mayChange(existing.zaaktype(), level)) {
            throw new PermissionDeniedException("Deze client mag zaken van dit zaaktype niet zo vertrouwelijk maken.");
        }
        Zaak before = present(List.of(existing)).get(0);
        ZaakRow row = toRow(existing.uuid(), in, identificatie, va, existing);
        store.update(row);
        if (row.einddatum() != null) { // zrc-021: the derived archive fields follow hoofdzaak, relevanteAndereZaken, ...
            row = afsluiten.herbereken(row);
        }
        notify(row, actie);
        Zaak after = present(List.of(row)).get(0);
        audit.record(row.uuid(), after.url(), "zaak", after.url(), actie, identificatie, before, after);
        return after;
    }

    /**
     * Zaken of this API in relevanteAndereZaken are stored in the one form this API writes its URLs,
     * whatever spelling the client used, so a zaak that closes finds those that name it.
     */
    private void canonical(com.fasterxml.jackson.databind.JsonNode relaties) {
        for (com.fasterxml.jackson.databind.JsonNode relatie : relaties) {
            try {
                urls.ownUuid(ResourceUrl.of(relatie.path("url").asText()), COLLECTION)
                        .ifPresent(own -> ((ObjectNode) relatie).put("url", url(own)));
            } catch (IllegalArgumentException e) {
                // not a URL of ours: kept as given (checked by checkVerwijzingen)
            }
        }
    }

    private ZaakRow toRow(UUID uuid, Zaak in, String identificatie, String va, ZaakRow existing) {
        UUID hoofdzaak = null;
        if (in.hoofdzaak() != null && !in.hoofdzaak().isEmpty()) {
            hoofdzaak = urls.ownUuid(ResourceUrl.parse("hoofdzaak", in.hoofdzaak()), COLLECTION)
                    .orElseThrow(() -> ValidationException.of("hoofdzaak", "no_match", "Geen zaak van deze Zaken API."));
            if (hoofdzaak.equals(uuid)) {
                throw ValidationException.of("hoofdzaak", "self-forbidden", "Een zaak kan niet zijn eigen hoofdzaak zijn.");
            }
            ZaakRow hoofd = store.lock(hoofdzaak).orElseThrow(() -> ValidationException.of("hoofdzaak",
                    "does_not_exist", "Ongeldige hyperlink - Object bestaat niet."));
            caller.requireAllowed(LEZEN, hoofd.zaaktype(), rank(hoofd));
            if (existing != null && !store.deelzaken(List.of(uuid)).isEmpty()) {
                throw ValidationException.of("hoofdzaak", "deelzaak-als-hoofdzaak",
                        "Deze zaak heeft zelf deelzaken en kan geen deelzaak worden.");
            }
            if (hoofd.hoofdzaak() != null) {
                throw ValidationException.of("hoofdzaak", "deelzaak-als-hoofdzaak",
                        "Een deelzaak kan geen hoofdzaak zijn.");
            }
        }
        if (in.zaakgeometrie() != null && !in.zaakgeometrie().isNull()) {
            Geometrie.read("zaakgeometrie", in.zaakgeometrie());
        }
        if (in.laatsteBetaaldatum() != null && in.laatsteBetaaldatum().isAfter(OffsetDateTime.now())) {
            throw ValidationException.of("laatsteBetaaldatum", "future_not_allowed",
                    "De laatste betaaldatum ligt niet in de toekomst.");
        }
        boolean naarNvt = existing != null && "nvt".equals(in.betalingsindicatie())
                && !"nvt".equals(existing.data().path("betalingsindicatie").asText());
        if ("nvt".equals(in.betalingsindicatie()) && in.laatsteBetaaldatum() != null && !naarNvt) {
            throw ValidationException.of("laatsteBetaaldatum", "betaling-nvt",
                    "Een laatsteBetaaldatum past niet bij betalingsindicatie nvt.");
        }
        checkVerwijzingen(uuid, in, existing);
        ObjectNode data = json.valueToTree(in);
        if (naarNvt) {
            data.putNull("laatsteBetaaldatum"); // zrc-014: nothing to pay, so no date it was paid
        }
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
        if (!"nog_te_archiveren".equals(archiefstatus)) {
            checkArchiveerbaar(archiefnominatie, in.archiefactiedatum());
        }
        if (existing != null) { // a derived archive value stays derived while the client leaves it as it is
            ObjectNode afgeleid = data.putObject(ZaakRow.AFGELEID);
            afgeleid.put("archiefnominatie", existing.afgeleid("archiefnominatie")
                    && java.util.Objects.equals(archiefnominatie, existing.archiefnominatie()));
            afgeleid.put("archiefactiedatum", existing.afgeleid("archiefactiedatum")
                    && java.util.Objects.equals(in.archiefactiedatum(), existing.archiefactiedatum()));
        }
        return new ZaakRow(uuid, identificatie, in.bronorganisatie(), in.zaaktype(), va,
                Vertrouwelijkheidaanduiding.ofValue(va).orElseThrow().rank(), in.startdatum(), registratiedatum,
                existing == null ? null : existing.einddatum(), in.einddatumGepland(),
                in.uiterlijkeEinddatumAfdoening(), archiefnominatie, archiefstatus, in.archiefactiedatum(), hoofdzaak, data);
    }

    /**
     * zrc-010: a communicatiekanaal resolves to one of the Referentielijsten API ({@code bad-url},
     * {@code invalid-resource}); zrc-011: every relevante andere zaak exists ({@code bad-url} on
     * {@code relevanteAndereZaken.<index>}). Checked when new or changed.
     */
    private void checkVerwijzingen(UUID uuid, Zaak in, ZaakRow existing) {
        String kanaal = in.communicatiekanaal();
        if (kanaal != null && !kanaal.isEmpty()
                && (existing == null || !kanaal.equals(existing.data().path("communicatiekanaal").asText()))) {
            JsonNode found = extern.get("communicatiekanaal", kanaal).orElseThrow(() -> ValidationException.of(
                    "communicatiekanaal", "bad-url", "De URL " + kanaal + " antwoordt niet met 200."));
            if (!found.has("url") || !found.has("naam") || !found.has("omschrijving")) {
                throw ValidationException.of("communicatiekanaal", "invalid-resource",
                        "De URL " + kanaal + " is geen communicatiekanaal.");
            }
        }
        if (in.relevanteAndereZaken() == null) {
            return;
        }
        java.util.Set<String> bekend = new java.util.HashSet<>();
        if (existing != null) {
            existing.data().path("relevanteAndereZaken").forEach(r -> bekend.add(r.path("url").asText()));
        }
        for (int i = 0; i < in.relevanteAndereZaken().size(); i++) {
            String url = in.relevanteAndereZaken().get(i).url();
            if (!bekend.add(url)) {
                continue; // already there, or checked just now
            }
            String field = "relevanteAndereZaken." + i;
            java.util.Optional<UUID> own = urls.ownUuid(ResourceUrl.parse(field, url), COLLECTION);
            boolean exists = own.isPresent() ? !own.get().equals(uuid) && store.find(own.get()).isPresent()
                    : !urls.isOwn(ResourceUrl.parse(field, url)) && extern.get(field, url).isPresent();
            if (!exists) {
                throw ValidationException.of(field, "bad-url", "De zaak " + url + " bestaat niet.");
            }
        }
    }

    /**
     * zrc-022: a zaak leaves archiefstatus nog_te_archiveren only with an archiefnominatie and an
     * archiefactiedatum, and only when all its documents are archived (the zaakinformatieobjecten
     * arrive with the Documenten relations; until then a zaak has none).
     */
    private static void checkArchiveerbaar(String archiefnominatie, LocalDate archiefactiedatum) {
        List<nl.zgw.shared.problem.FieldValidationError> errors = new ArrayList<>();
        if (archiefnominatie == null) {
            errors.add(new nl.zgw.shared.problem.FieldValidationError("archiefnominatie", "archiefnominatie-not-set",
                    "Een zaak wordt pas gearchiveerd met een archiefnominatie."));
        }
        if (archiefactiedatum == null) {
            errors.add(new nl.zgw.shared.problem.FieldValidationError("archiefactiedatum", "archiefactiedatum-not-set",
                    "Een zaak wordt pas gearchiveerd met een archiefactiedatum."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** zrc-015: the producten of diensten of a zaak are among those of its zaaktype. */
    private static void checkProducten(Zaak in, JsonNode zaaktype) {
        if (in.productenOfDiensten() == null) {
            return;
        }
        List<String> allowed = new ArrayList<>();
        zaaktype.path("productenOfDiensten").forEach(p -> allowed.add(p.asText()));
        if (!allowed.containsAll(in.productenOfDiensten())) {
            throw ValidationException.of("productenOfDiensten", "invalid-products-services",
                    "Alle producten en diensten moeten bij het zaaktype horen.");
        }
    }

    /** {@code aantal} new zaaknummers of the bronorganisatie, reserved for zaken to come (zaken.aanmaken). */
    @Transactional
    public List<String> reserveer(String bronorganisatie, int aantal) {
        List<String> nummers = new ArrayList<>();
        for (int i = 0; i < aantal; i++) {
            nummers.add(nieuwNummer(bronorganisatie, LocalDate.now(), false));
        }
        return nummers;
    }

    /**
     * ZAAK-<year>-<10 digits>, the next number of the bronorganisatie in that year that was never
     * given: claimed for a zaak ({@code gebruikt}) or reserved.
     */
    private String nieuwNummer(String bronorganisatie, LocalDate startdatum, boolean gebruikt) {
        int jaar = (startdatum == null ? LocalDate.now() : startdatum).getYear();
        for (int attempt = 0; attempt < 1000; attempt++) {
            String nummer = String.format("ZAAK-%d-%010d", jaar, store.nextNumber(bronorganisatie, jaar));
            if (gebruikt ? store.claim(bronorganisatie, nummer) : store.reserve(bronorganisatie, nummer)) {
                return nummer;
            }
            store.skipTaken(bronorganisatie, jaar); // numbers given by hand: continue after the highest
        }
        throw new IllegalStateException("no free zaaknummer for " + bronorganisatie + " in " + jaar);
    }

    /** The representations of these zaken, in order (no authorisation check: the caller filters). */
    public List<Zaak> present(List<ZaakRow> rows) {
        List<UUID> uuids = rows.stream().map(ZaakRow::uuid).toList();
        Map<UUID, List<String>> deelzaken = new HashMap<>();
        for (UUID[] pair : store.deelzaken(uuids)) {
            deelzaken.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(url(pair[1]));
        }
        Map<UUID, Map<Soort, List<String>>> inside = new HashMap<>();
        for (OnderdeelStore.Entry entry : onderdelen.entries(uuids)) {
            String collection = entry.soort() == Soort.ZAAKEIGENSCHAP
                    ? "zaken/" + entry.zaak() + "/" + entry.soort().collection() : entry.soort().collection();
            inside.computeIfAbsent(entry.zaak(), k -> new EnumMap<>(Soort.class))
                    .computeIfAbsent(entry.soort(), k -> new ArrayList<>())
                    .add(urls.own(collection, entry.uuid()).toString());
        }
        Map<UUID, String> status = new HashMap<>();
        for (OnderdeelRow latest : onderdelen.latestStatus(uuids)) {
            status.put(latest.zaak(), urls.own(Soort.STATUS.collection(), latest.uuid()).toString());
        }
        List<Zaak> out = new ArrayList<>();
        for (ZaakRow row : rows) {
            ObjectNode node = row.data().deepCopy();
            node.remove(ZaakRow.AFGELEID);
            node.put("url", url(row.uuid()));
            node.put("uuid", row.uuid().toString());
            node.put("einddatum", row.einddatum() == null ? null : row.einddatum().toString());
            node.put("hoofdzaak", row.hoofdzaak() == null ? null : url(row.hoofdzaak()));
            node.put("betalingsindicatieWeergave", WEERGAVE.getOrDefault(node.path("betalingsindicatie").asText(""), ""));
            node.set("deelzaken", json.valueToTree(deelzaken.getOrDefault(row.uuid(), List.of())));
            Map<Soort, List<String>> own = inside.getOrDefault(row.uuid(), Map.of());
            node.set("eigenschappen", json.valueToTree(own.getOrDefault(Soort.ZAAKEIGENSCHAP, List.of())));
            node.set("rollen", json.valueToTree(own.getOrDefault(Soort.ROL, List.of())));
            node.set("zaakobjecten", json.valueToTree(own.getOrDefault(Soort.ZAAKOBJECT, List.of())));
            node.putArray("zaakinformatieobjecten"); // the relations with the Documenten API come later
            node.put("status", status.get(row.uuid()));
            List<String> resultaat = own.getOrDefault(Soort.RESULTAAT, List.of());
            node.put("resultaat", resultaat.isEmpty() ? null : resultaat.get(0));
            try {
                out.add(json.treeToValue(node, Zaak.class));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private void notify(ZaakRow row, String actie) {
        String url = url(row.uuid());
        outbox.add(new Notificatie(ZaakNotificaties.KANAAL, url, "zaak", url, actie, OffsetDateTime.now(ZoneOffset.UTC),
                ZaakNotificaties.kenmerken(row)));
    }

    static String orderBy(String ordering) {
        if (ordering == null || ordering.isBlank()) {
            return "volgorde";
        }
        List<String> parts = new ArrayList<>();
        for (String field : ordering.split(",")) {
            String f = field.trim();
            boolean desc = f.startsWith("-");
            String column = ORDERING.get(desc ? f.substring(1) : f);
            if (column == null) {
                throw ValidationException.of("ordering", "invalid_choice", "Kies uit " + ORDERING.keySet() + ", met - voor aflopend.");
            }
            parts.add(column + (desc ? " DESC" : " ASC"));
        }
        parts.add("volgorde");
        return String.join(", ", parts);
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

    private ZaakRow find(UUID uuid) {
        return store.find(uuid).orElseThrow(ZaakService::notFound);
    }

    private static Vertrouwelijkheidaanduiding rank(ZaakRow row) {
        return Vertrouwelijkheidaanduiding.ofValue(row.vertrouwelijkheidaanduiding()).orElseThrow();
    }

    private String url(UUID uuid) {
        return urls.own(COLLECTION, uuid).toString();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("Er bestaat geen zaak met deze uuid.");
    }
}

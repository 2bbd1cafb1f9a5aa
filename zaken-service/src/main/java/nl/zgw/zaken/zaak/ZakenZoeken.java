package nl.zgw.zaken.zaak;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.shared.auth.AllowedTypes;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.auth.Vertrouwelijkheidaanduiding;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.sql.Blokken;
import nl.zgw.shared.sql.Where;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.postgresql.geometric.PGbox;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The lists of zaken: {@code GET /zaken} and {@code POST /zaken/_zoek}. Filtered in SQL on the
 * zaaktypen and maximum vertrouwelijkheidaanduiding the client may see ({@code zaken.lezen}); one
 * count and one page query (uuids from the index), and the page read and presented in four more.
 * The count of a list filtered on nothing but zaaktype and bronorganisatie (=, __in; with the
 * authorisation filter and maximaleVertrouwelijkheidaanduiding) is summed from the counts kept per
 * zaaktype, vertrouwelijkheid and bronorganisatie, with archiefnominatie and archiefstatus as well
 * from those kept per archive state too, and a deep page of the unfiltered list starts from the counts kept per block
 * (ADR 0020). Without expand and fields a page is written straight from the stored JSON (ADR 0021).
 */
@ApplicationScoped
public class ZakenZoeken {

    static final Map<String, String> ORDERING = Map.of("startdatum", "startdatum", "einddatum", "einddatum",
            "archiefactiedatum", "archiefactiedatum", "registratiedatum", "registratiedatum",
            "identificatie", "identificatie", "publicatiedatum", "(data ->> 'publicatiedatum')");

    private final ZaakStore store;
    private final ZaakMapper mapper;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    public ZakenZoeken(ZaakStore store, ZaakMapper mapper, CurrentCaller caller, ObjectMapper json) {
        this.store = store;
        this.mapper = mapper;
        this.caller = caller;
        this.json = json;
    }

    /**
     * Up to how many zaaktypen a page is merged from one index scan per zaaktype; a client allowed
     * more sees so large a share of the zaken that walking the ordering index finds a page soon.
     * (One zaaktype: the plain query already reads it in order from zaak_autorisatie_idx.)
     */
    static final int MAX_ZAAKTYPEN_APART = 20;

    @Transactional
    public Page<Zaak> list(ZaakFilters filters, Where extra, String ordering, String maximaleVertrouwelijkheidaanduiding,
                           PageRequest request, URI requestUrl) {
        return list(filters, extra, ordering, maximaleVertrouwelijkheidaanduiding, null, request, requestUrl,
                keuze -> mapper.present(store.rows(keuze)));
    }

    /**
     * The same list written straight from the stored JSON ({@link ZaakWeergave}): what {@code GET
     * /zaken} answers when nothing is to be expanded.
     */
    @Transactional
    public Page<ZaakWeergave> weergave(ZaakFilters filters, Where extra, String ordering,
                                       String maximaleVertrouwelijkheidaanduiding, PageRequest request, URI requestUrl) {
        return list(filters, extra, ordering, maximaleVertrouwelijkheidaanduiding, null, request, requestUrl,
                keuze -> mapper.weergave(store.alsTekst(keuze)));
    }

    /** {@code POST /zaken/_zoek}: the list filters in a body, plus {@code uuid__in} and {@code zaaktype__in}. */
    @Transactional
    public Page<Zaak> zoek(ZaakZoekopdracht zoek, URI requestUrl) {
        return list(zoek.filters(), zoek.where(), zoek.ordering(), zoek.maximaleVertrouwelijkheidaanduiding(),
                zoek.within(), zoek.page(), requestUrl, keuze -> mapper.present(store.rows(keuze)));
    }

    /** {@code POST /zaken/_zoek} without expand and fields, written straight from the stored JSON. */
    @Transactional
    public Page<ZaakWeergave> zoekWeergave(ZaakZoekopdracht zoek, URI requestUrl) {
        return list(zoek.filters(), zoek.where(), zoek.ordering(), zoek.maximaleVertrouwelijkheidaanduiding(),
                zoek.within(), zoek.page(), requestUrl, keuze -> mapper.weergave(store.alsTekst(keuze)));
    }

    private <T> Page<T> list(ZaakFilters filters, Where extra, String ordering, String maximaleVertrouwelijkheidaanduiding,
                             Geometry within, PageRequest request, URI requestUrl, Function<ZaakStore.Keuze, List<T>> present) {
        Where where = filters.where();
        where.and(extra);
        // a list on nothing but zaaktype, bronorganisatie (archiefnominatie, archiefstatus) and the
        // authorisation filter is counted from the kept counts; decided before that filter is added
        Optional<ZaakStore.Telling> telling = ZaakStore.Telling.voor(where);
        AllowedTypes mag = caller.allowedTypes(ZaakService.LEZEN);
        AllowedTypes.SqlCondition allowed = mag.sql("zaaktype", "vertrouwelijkheid_rank");
        // every zaak, in the default order: a deep page starts from the counts per block (ADR 0020)
        boolean ongefilterd = where.isEmpty() && mag.all() && within == null
                && (maximaleVertrouwelijkheidaanduiding == null || maximaleVertrouwelijkheidaanduiding.isEmpty())
                && "volgorde".equals(orderBy(ordering));
        // a client allowed a few zaaktypen asking nothing else: the page merged from one ordered
        // index scan per zaaktype (ZaakStore.keuzePerZaaktype)
        List<AllowedTypes.SqlCondition> perZaaktype = where.isEmpty() && !mag.all() && within == null
                && "volgorde".equals(orderBy(ordering)) ? mag.perType("zaaktype", "vertrouwelijkheid_rank") : List.of();
        where.and(allowed.sql(), allowed.parameters().toArray());
        Where rest = new Where();
        if (maximaleVertrouwelijkheidaanduiding != null && !maximaleVertrouwelijkheidaanduiding.isEmpty()) {
            Vertrouwelijkheidaanduiding max = Vertrouwelijkheidaanduiding.ofValue(maximaleVertrouwelijkheidaanduiding)
                    .orElseThrow(() -> ValidationException.of("maximaleVertrouwelijkheidaanduiding", "invalid_choice",
                            "Geen geldige vertrouwelijkheidaanduiding."));
            where.and("vertrouwelijkheid_rank <= ?", max.rank());
            rest.and("vertrouwelijkheid_rank <= ?", max.rank());
        }
        if (within != null) {
            return within(where, within, orderBy(ordering), request, requestUrl, present);
        }
        long count = telling.isPresent() ? store.count(telling.get(), where) : store.count(where);
        request.requireExists(count);
        ZaakStore.Keuze page;
        if (ongefilterd && Blokken.diep(request.offset())) {
            page = store.keuzeOngefilterd(request.offset(), request.pageSize());
        } else if (perZaaktype.size() >= 2 && perZaaktype.size() <= MAX_ZAAKTYPEN_APART) {
            page = store.keuzePerZaaktype(perZaaktype, rest, request.offset(), request.pageSize());
        } else {
            page = store.keuze(where, orderBy(ordering), request.offset(), request.pageSize());
        }
        return Page.of(request, count, present.apply(page), requestUrl);
    }

    /**
     * The zaken whose zaakgeometrie lies within {@code area}: the GiST index on the bounding boxes
     * selects the candidates (with every other filter), JTS decides exactly; count and page follow
     * from the exact matches, in the order asked.
     */
    private <T> Page<T> within(Where where, Geometry area, String orderBy, PageRequest request, URI requestUrl,
                               Function<ZaakStore.Keuze, List<T>> present) {
        Envelope e = area.getEnvelopeInternal();
        where.and("zaakgeometrie_bbox <@ ?", new PGbox(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()));
        List<UUID> matches = new ArrayList<>();
        PreparedGeometry gebied = PreparedGeometryFactory.prepare(area);
        for (ZaakStore.Candidate candidate : store.candidates(where, orderBy)) {
            try {
                Geometry geometrie = Geometrie.stored(json.readTree(candidate.zaakgeometrie()));
                if (geometrie != null && gebied.contains(geometrie)) { // contains(area, g) is within(g, area)
                    matches.add(candidate.uuid());
                }
            } catch (JsonProcessingException | RuntimeException unreadable) {
                // a stored geometry that cannot be read lies within no area
            }
        }
        request.requireExists(matches.size());
        int from = (int) Math.min(request.offset(), matches.size());
        int to = Math.min(from + request.pageSize(), matches.size());
        List<UUID> page = matches.subList(from, to);
        return Page.of(request, matches.size(), page.isEmpty() ? List.of() : present.apply(store.keuze(page, where, orderBy)),
                requestUrl);
    }

    /** The ORDER BY of {@code ordering} (comma-separated fields, {@code -} for descending), ending on the insertion order. */
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
}

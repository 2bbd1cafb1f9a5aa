package nl.zgw.documenten.informatieobject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import nl.zgw.documenten.bestandsdeel.BestandsdeelRow;
import nl.zgw.documenten.bestandsdeel.BestandsdeelStore;
import nl.zgw.shared.auth.AllowedTypes;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.paging.Page;
import nl.zgw.shared.paging.PageRequest;
import nl.zgw.shared.sql.Blokken;
import nl.zgw.shared.sql.Where;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The lists of documents ({@code GET /enkelvoudiginformatieobjecten} and {@code _zoek}): their latest
 * versions, filtered in SQL on the informatieobjecttypen and maximum vertrouwelijkheidaanduiding the
 * client may read; one count, one page query and one for the parts of large files being uploaded.
 * The count of a list with no filter but the authorisation filter is summed from the counts kept
 * per informatieobjecttype and vertrouwelijkheid (ADR 0020).
 */
@ApplicationScoped
public class InformatieObjectenZoeken {

    private final InformatieObjectStore store;
    private final InformatieObjectMapper mapper;
    private final CurrentCaller caller;
    private final BestandsdeelStore delen;

    public InformatieObjectenZoeken(InformatieObjectStore store, InformatieObjectMapper mapper, CurrentCaller caller,
                                    BestandsdeelStore delen) {
        this.delen = delen;
        this.store = store;
        this.mapper = mapper;
        this.caller = caller;
    }

    @Transactional
    public Page<EnkelvoudigInformatieObject> list(InformatieObjectFilters filters, PageRequest request, URI requestUrl) {
        Where where = filters.where();
        // a list on nothing but the authorisation filter is counted from the kept counts (ADR 0020)
        boolean telbaar = where.isEmpty() && !caller.autorisaties().alleenIsGereedVoorPublicatie();
        AllowedTypes mag = caller.allowedTypes(InformatieObjectService.LEZEN);
        // every document: a deep page starts from the counts per block (ADR 0020)
        boolean ongefilterd = telbaar && mag.all();
        AllowedTypes.SqlCondition allowed = mag.sql("io.informatieobjecttype", "io.vertrouwelijkheid_rank");
        where.and(allowed.sql(), allowed.parameters().toArray());
        if (caller.autorisaties().alleenIsGereedVoorPublicatie()) { // 1.7: such a client reads only those ready
            where.and(InformatieObjectStore.GEREED_VOOR_PUBLICATIE);
        }
        long count = telbaar ? store.countFromTelling(where) : store.count(where);
        request.requireExists(count);
        List<InformatieObjectStore.Document> documenten = ongefilterd && Blokken.diep(request.offset())
                ? store.pageOngefilterd(request.offset(), request.pageSize())
                : store.page(where, request.offset(), request.pageSize());
        Map<UUID, List<BestandsdeelRow>> parts = delen.vanAlle(documenten.stream().map(d -> d.row().uuid()).toList())
                .stream().collect(Collectors.groupingBy(BestandsdeelRow::informatieobject));
        List<EnkelvoudigInformatieObject> page = documenten.stream().map(d -> mapper.present(d.row(), d.versie(),
                mapper.delen(d.row(), parts.getOrDefault(d.row().uuid(), List.of())))).toList();
        return Page.of(request, count, page, requestUrl);
    }
}

package nl.zgw.zaken.zaakinformatieobject;

import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.documenten.DocumentRelatieSpiegel;
import nl.zgw.shared.documenten.DocumentenApi;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.shared.ref.ZgwApi;
import nl.zgw.shared.sql.Jdbc;
import nl.zgw.zaken.onderdeel.Onderdelen;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A zaakinformatieobject mirrored as an objectinformatieobject in the Documenten API (zrc-005,
 * ADR 0016): {@code bron} is the zaak's URL, {@code doel} the document's. Its creation is announced
 * once the mirror exists; one whose mirror was not made is withdrawn.
 */
@ApplicationScoped
public class ZaakInformatieObjectSpiegel extends DocumentRelatieSpiegel {

    public static final String SOORT = "zaakinformatieobject";

    private final Onderdelen onderdelen;
    private final ZaakInformatieObjectKind kind;
    private final Jdbc jdbc;
    private final ResourceUrls urls;

    public ZaakInformatieObjectSpiegel(DocumentenApi documenten, Onderdelen onderdelen, ZaakInformatieObjectKind kind,
                                       Jdbc jdbc, ResourceUrls urls) {
        super(documenten, "zaak");
        this.onderdelen = onderdelen;
        this.kind = kind;
        this.jdbc = jdbc;
        this.urls = urls;
    }

    @Override
    public String soort() {
        return SOORT;
    }

    @Override
    public boolean kondigAan(UUID uuid) {
        return onderdelen.announceCreated(kind, uuid);
    }

    @Override
    public void trekIn(UUID uuid) {
        onderdelen.withdraw(kind, uuid);
    }

    @Override
    public boolean bestaatHier(UUID uuid) {
        return onderdelen.exists(kind, uuid);
    }

    /**
     * The zaakinformatieobjecten of these zaken, about to be deleted with them (zrc-023): their
     * mirrors go too (a removal task each, in the deletion's transaction).
     */
    public void zakenVerwijderd(Collection<UUID> zaken) {
        jdbc.update("INSERT INTO spiegeling (uuid, soort, actie, bron, doel) "
                + "SELECT uuid, ?, 'verwijderen', ? || zaak::text, sleutel FROM zaak_onderdeel "
                + "WHERE zaak = ANY(?) AND soort = 'zaakinformatieobject' ON CONFLICT (uuid) DO UPDATE "
                + "SET actie = 'verwijderen', volgende = now(), pogingen = 0, fout = NULL",
                List.of(SOORT, urls.baseUrl(ZgwApi.ZAKEN) + "/zaken/", List.copyOf(zaken)));
    }
}

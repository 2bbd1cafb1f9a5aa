package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.documenten.DocumentenApi;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Closing a zaak: every document related to it has {@code indicatieGebruiksrecht} true or false, not
 * null ({@code indicatiegebruiksrecht-unset}, Zaken API 1.x). The documents are read from the Documenten
 * API by the zaak (a page per hundred), before the zaak is locked; one not found that way is read on
 * its own, and one that is gone is not held against the zaak.
 */
@ApplicationScoped
public class GebruiksrechtenGezet {

    public static final String CODE = "indicatiegebruiksrecht-unset";

    private final OnderdeelStore store;
    private final DocumentenApi documenten;
    private final ResourceUrls urls;

    public GebruiksrechtenGezet(OnderdeelStore store, DocumentenApi documenten, ResourceUrls urls) {
        this.store = store;
        this.documenten = documenten;
        this.urls = urls;
    }

    /** 400 when a document of {@code zaak} has no indicatieGebruiksrecht. */
    public void vereis(UUID zaak) {
        List<OnderdeelRow> relaties = store.ofZaak(Soort.ZAAKINFORMATIEOBJECT, zaak);
        if (relaties.isEmpty()) {
            return;
        }
        Map<String, JsonNode> gevonden = documenten.documentenVan(urls.own("zaken", zaak).toString(),
                relaties.stream().map(OnderdeelRow::sleutel).toList());
        List<String> niet = new ArrayList<>();
        gevonden.forEach((url, document) -> { // a document that is gone is not held against the zaak
            if (!document.path("indicatieGebruiksrecht").isBoolean()) {
                niet.add(url);
            }
        });
        if (!niet.isEmpty()) {
            throw new ValidationException(List.of(FieldValidationError.nonField(CODE, "Van deze informatieobjecten van "
                    + "de zaak is indicatieGebruiksrecht niet gezet: " + String.join(", ", niet.subList(0,
                    Math.min(10, niet.size()))) + (niet.size() > 10 ? " en " + (niet.size() - 10) + " andere." : "."))));
        }
    }
}

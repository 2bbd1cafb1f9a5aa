package nl.zgw.zaken.zaakinformatieobject;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrls;
import nl.zgw.zaken.onderdeel.OnderdeelRow;
import nl.zgw.zaken.onderdeel.OnderdeelStore;
import nl.zgw.zaken.onderdeel.Soort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * zrc-022, the documents: a zaak gets an archiefstatus other than nog_te_archiveren only when every
 * document of it (its zaakinformatieobjecten) has status {@code gearchiveerd}
 * ({@code documents-not-archived}). The documents are read from the Documenten API by the zaak
 * (a page per hundred), those not found that way one by one.
 */
@ApplicationScoped
public class DocumentenGearchiveerd {

    public static final String CODE = "documents-not-archived";

    private final OnderdeelStore store;
    private final DocumentenApi documenten;
    private final ResourceUrls urls;

    public DocumentenGearchiveerd(OnderdeelStore store, DocumentenApi documenten, ResourceUrls urls) {
        this.store = store;
        this.documenten = documenten;
        this.urls = urls;
    }

    public void vereis(UUID zaak) {
        List<OnderdeelRow> relaties = store.ofZaak(Soort.ZAAKINFORMATIEOBJECT, zaak);
        if (relaties.isEmpty()) {
            return;
        }
        Map<String, JsonNode> gevonden = documenten.documentenVan(urls.own("zaken", zaak).toString());
        List<String> niet = new ArrayList<>();
        for (OnderdeelRow relatie : relaties) {
            JsonNode document = gevonden.get(relatie.sleutel());
            if (document == null) {
                document = documenten.document("archiefstatus", relatie.sleutel());
            }
            if (!"gearchiveerd".equals(document.path("status").asText())) {
                niet.add(relatie.sleutel());
            }
        }
        if (!niet.isEmpty()) {
            throw ValidationException.of("archiefstatus", CODE, "Niet alle informatieobjecten van de zaak zijn "
                    + "gearchiveerd: " + String.join(", ", niet.subList(0, Math.min(10, niet.size())))
                    + (niet.size() > 10 ? " en " + (niet.size() - 10) + " andere." : "."));
        }
    }
}

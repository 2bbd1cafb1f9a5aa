package nl.zgw.besluiten.besluit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.ref.ResourceUrls;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A besluit as the API shows it: its fields as written, its url, and the weergave of its
 * vervalreden. Text fields the client left out read {@code ""}, as the reference implementation
 * answers them; a page is presented without further queries.
 */
@ApplicationScoped
public class BesluitMapper {

    public static final String COLLECTION = "besluiten";
    private static final List<String> TEKST = List.of("identificatie", "zaak", "toelichting", "bestuursorgaan",
            "vervalreden");
    /** The weergave of each vervalreden, as the specification explains the values. */
    private static final Map<String, String> VERVALREDENEN = Map.of(
            "tijdelijk", "Besluit met tijdelijke werking",
            "ingetrokken_overheid", "Besluit ingetrokken door overheid",
            "ingetrokken_belanghebbende", "Besluit ingetrokken o.v.v. belanghebbende");

    private final ResourceUrls urls;
    private final ObjectMapper json;

    public BesluitMapper(ResourceUrls urls, ObjectMapper json) {
        this.urls = urls;
        this.json = json;
    }

    public Besluit present(BesluitRow row) {
        ObjectNode node = row.data().deepCopy();
        node.put("url", url(row.uuid()));
        for (String veld : TEKST) {
            if (!node.hasNonNull(veld)) {
                node.put(veld, "");
            }
        }
        node.put("vervalredenWeergave", VERVALREDENEN.getOrDefault(node.path("vervalreden").asText(), ""));
        try {
            return json.treeToValue(node, Besluit.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Besluit> present(List<BesluitRow> rows) {
        return rows.stream().map(this::present).toList();
    }

    public String url(UUID uuid) {
        return urls.own(COLLECTION, uuid).toString();
    }
}

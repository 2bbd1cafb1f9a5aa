package nl.zgw.documenten.informatieobject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.problem.PermissionDeniedException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;
import nl.zgw.shared.ref.ResourceUrls;

import java.util.UUID;

/**
 * What the resources that belong to a document (gebruiksrechten, verzendingen,
 * objectinformatieobjecten) share: the document a body names, the scopes a client needs for the
 * document's type and level, and their representation with the document's URL.
 */
@ApplicationScoped
public class DocumentToegang {

    private final InformatieObjectStore documenten;
    private final InformatieObjectMapper mapper;
    private final CurrentCaller caller;
    private final ResourceUrls urls;
    private final ObjectMapper json;

    public DocumentToegang(InformatieObjectStore documenten, InformatieObjectMapper mapper, CurrentCaller caller,
                           ResourceUrls urls, ObjectMapper json) {
        this.documenten = documenten;
        this.mapper = mapper;
        this.caller = caller;
        this.urls = urls;
        this.json = json;
    }

    /**
     * The document {@code informatieobject} of a body names, locked for the change when {@code lock}:
     * 400 when it is no document of this API ({@code bad-url}) or does not exist ({@code does_not_exist}).
     */
    public InformatieObjectRow uitVerzoek(String url, boolean lock) {
        UUID uuid = urls.ownUuid(ResourceUrl.parse("informatieobject", url), InformatieObjectMapper.COLLECTION)
                .orElseThrow(() -> ValidationException.of("informatieobject", "bad-url",
                        "Geen enkelvoudiginformatieobject van deze Documenten API."));
        return (lock ? documenten.lock(uuid) : documenten.find(uuid)).orElseThrow(() -> ValidationException.of(
                "informatieobject", "does_not_exist", "Ongeldige hyperlink - Object bestaat niet."));
    }

    /** 403 unless the client has {@code scope} for the document's type and level. */
    public void vereis(String scope, InformatieObjectRow document, String reden) {
        if (!caller.allowedTypes(scope).permits(document.informatieobjecttype(), document.niveau())) {
            throw new PermissionDeniedException(reden);
        }
    }

    /** A resource of {@code collection} belonging to {@code document}: its stored fields, its URL and the document's. */
    public <T> T present(ObjectNode data, String collection, UUID uuid, UUID document, Class<T> type) {
        ObjectNode node = data.deepCopy();
        node.put("url", urls.own(collection, uuid).toString());
        node.put("informatieobject", mapper.url(document));
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

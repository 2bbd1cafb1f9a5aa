package nl.zgw.documenten.informatieobject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.documenten.bestandsdeel.BestandsdeelRow;
import nl.zgw.shared.ref.ResourceUrls;

import java.util.List;
import java.util.UUID;

/**
 * A version of a document as the API shows it: its fields as written, the document's url and lock
 * state, the URL its content is downloaded from, and the parts of a large file being uploaded.
 * Text fields the client left out read {@code ""}, as the standard's clients expect.
 */
@ApplicationScoped
public class InformatieObjectMapper {

    public static final String COLLECTION = "enkelvoudiginformatieobjecten";
    private static final List<String> TEKST = List.of("identificatie", "vertrouwelijkheidaanduiding", "status", "formaat",
            "bestandsnaam", "link", "beschrijving", "verschijningsvorm");

    private final ResourceUrls urls;
    private final ObjectMapper json;

    public InformatieObjectMapper(ResourceUrls urls, ObjectMapper json) {
        this.urls = urls;
        this.json = json;
    }

    public EnkelvoudigInformatieObject present(InformatieObjectRow document, VersieRow versie, List<BestandsDeel> delen) {
        ObjectNode node = versie.data().deepCopy();
        String url = url(document.uuid());
        node.put("url", url);
        for (String veld : TEKST) {
            if (!node.hasNonNull(veld)) {
                node.put(veld, "");
            }
        }
        if (!node.hasNonNull("tonenAanInitiator")) {
            node.put("tonenAanInitiator", false);
        }
        if (!node.hasNonNull("trefwoorden")) {
            node.putArray("trefwoorden");
        }
        node.put("versie", versie.versie());
        node.put("beginRegistratie", versie.beginRegistratie().toString());
        node.put("inhoud", versie.inhoud() == null ? null : url + "/download?versie=" + versie.versie());
        if (versie.bestandsomvang() == null) {
            node.putNull("bestandsomvang");
        } else {
            node.put("bestandsomvang", versie.bestandsomvang());
        }
        node.put("locked", document.locked());
        node.set("bestandsdelen", json.valueToTree(delen));
        try {
            return json.treeToValue(node, EnkelvoudigInformatieObject.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The parts of a document's upload as its representation shows them. Their {@code lock} reads
     * {@code ""}: the lock id is the holder's secret (it has it from the create or lock answer), not
     * something every reader of the document gets.
     */
    public List<BestandsDeel> delen(InformatieObjectRow document, List<BestandsdeelRow> parts) {
        return parts.stream().map(p -> new BestandsDeel(deelUrl(p.uuid()), p.volgnummer(), p.omvang(), p.voltooid(), ""))
                .toList();
    }

    public String deelUrl(UUID bestandsdeel) {
        return urls.own("bestandsdelen", bestandsdeel).toString();
    }

    public String url(UUID uuid) {
        return urls.own(COLLECTION, uuid).toString();
    }
}

package nl.zgw.documenten.informatieobject;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One version of a document: its fields as written ({@code data}), when it was registered, and its
 * content (the storage key, null when it has none; its size and SHA-256).
 */
public record VersieRow(UUID informatieobject, int versie, OffsetDateTime beginRegistratie, ObjectNode data,
                        String inhoud, Long bestandsomvang, String sha256) {
}

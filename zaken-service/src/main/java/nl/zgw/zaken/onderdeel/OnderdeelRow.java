package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One stored object inside a zaak: the columns lists filter on ({@code type}: the catalogue type it
 * has; {@code sleutel}: the other object it points to; {@code subsoort}: betrokkeneType or
 * objectType) and the fields as written.
 */
public record OnderdeelRow(UUID uuid, Soort soort, UUID zaak, String type, String sleutel, String subsoort,
                           OffsetDateTime moment, ObjectNode data) {
}

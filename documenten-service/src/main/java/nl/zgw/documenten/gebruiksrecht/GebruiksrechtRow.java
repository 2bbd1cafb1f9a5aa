package nl.zgw.documenten.gebruiksrecht;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.UUID;

/** A gebruiksrecht as stored: its document, and its fields as written. */
public record GebruiksrechtRow(UUID uuid, UUID informatieobject, ObjectNode data) {
}

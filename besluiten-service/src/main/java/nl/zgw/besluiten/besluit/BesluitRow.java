package nl.zgw.besluiten.besluit;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A besluit as stored: the columns that are filtered, authorised and checked on ({@code zaak} null
 * when it names none), and its fields as written.
 */
public record BesluitRow(UUID uuid, String identificatie, String verantwoordelijkeOrganisatie, String besluittype,
                         String zaak, LocalDate datum, LocalDate ingangsdatum, LocalDate vervaldatum, ObjectNode data) {
}

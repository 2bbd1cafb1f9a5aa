package nl.zgw.documenten.bestandsdeel;

import java.util.UUID;

/** One part of a large file: its place, expected size, and its content key once uploaded (null before). */
public record BestandsdeelRow(UUID uuid, UUID informatieobject, int volgnummer, long omvang, String inhoud) {

    public boolean voltooid() {
        return inhoud != null;
    }
}

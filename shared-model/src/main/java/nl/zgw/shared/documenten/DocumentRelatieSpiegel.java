package nl.zgw.shared.documenten;

import nl.zgw.shared.spiegeling.Spiegel;

/**
 * A relation with a document that its source API leads, mirrored as an objectinformatieobject in
 * the Documenten API (zrc-005, brc-005, ADR 0016): {@code bron} is the object's URL (a zaak, a
 * besluit), {@code doel} the document's. A subclass says what kind of object it is and how its own
 * relation is announced, withdrawn and found.
 */
public abstract class DocumentRelatieSpiegel implements Spiegel {

    private DocumentenApi documenten;
    private String objectType;

    /** For the CDI client proxy of a normal-scoped subclass only. */
    protected DocumentRelatieSpiegel() {
    }

    /** {@code objectType}: the objectinformatieobject's {@code objectType} ({@code zaak}, {@code besluit}). */
    protected DocumentRelatieSpiegel(DocumentenApi documenten, String objectType) {
        this.documenten = documenten;
        this.objectType = objectType;
    }

    @Override
    public Antwoord maak(String object, String informatieobject) {
        return documenten.maakRelatie(object, objectType, informatieobject);
    }

    @Override
    public Antwoord verwijder(String object, String informatieobject) {
        return documenten.verwijderRelatie(object, informatieobject);
    }

    @Override
    public boolean bestaat(String object, String informatieobject) {
        return documenten.zoekRelatie(object, informatieobject).isPresent();
    }
}

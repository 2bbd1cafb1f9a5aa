package nl.zgw.documenten.inhoud;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Optional;

/**
 * A document's JSON body as read: its fields without {@code inhoud}, and what {@code inhoud} was:
 * absent, null, or base64 content already decoded into the storage. Closing it removes that content
 * unless a transaction took it over ({@link #neemOver}).
 */
public final class DocumentVerzoek implements AutoCloseable {

    /** What the body said of {@code inhoud}. */
    public enum Inhoud { AFWEZIG, NULL, GEGEVEN }

    private final ObjectNode velden;
    private final Inhoud inhoud;
    private final InhoudOpslag.Opgeslagen opgeslagen;
    private final InhoudOpslag opslag;
    private boolean overgenomen;

    DocumentVerzoek(ObjectNode velden, Inhoud inhoud, InhoudOpslag.Opgeslagen opgeslagen, InhoudOpslag opslag) {
        this.velden = velden;
        this.inhoud = inhoud;
        this.opgeslagen = opgeslagen;
        this.opslag = opslag;
    }

    /** The fields of the body other than {@code inhoud}. */
    public ObjectNode velden() {
        return velden;
    }

    public Inhoud inhoud() {
        return inhoud;
    }

    /** The decoded content, when the body gave it. */
    public Optional<InhoudOpslag.Opgeslagen> opgeslagen() {
        return Optional.ofNullable(opgeslagen);
    }

    /** The current transaction keeps the content if it commits (and removes it otherwise). */
    public void neemOver(InhoudTransactie transactie) {
        if (opgeslagen != null && !overgenomen) {
            transactie.nieuw(opgeslagen.sleutel());
            overgenomen = true;
        }
    }

    @Override
    public void close() {
        if (opgeslagen != null && !overgenomen) {
            opslag.verwijder(opgeslagen.sleutel());
        }
    }
}

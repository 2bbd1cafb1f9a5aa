package nl.zgw.documenten.config;

import io.smallrye.config.ConfigMapping;

/** The settings of the Documenten API ({@code zgw.documenten.*}, each settable by environment). */
@ConfigMapping(prefix = "zgw.documenten")
public interface DocumentenConfig {

    Opslag opslag();

    /** The size of the parts a large file is uploaded in; all parts but the last have this size. */
    long bestandsdeelGrootte();

    interface Opslag {
        /** The folder the content of documents is stored in (ZGW_DOCUMENTEN_OPSLAG_MAP). */
        String map();
    }
}

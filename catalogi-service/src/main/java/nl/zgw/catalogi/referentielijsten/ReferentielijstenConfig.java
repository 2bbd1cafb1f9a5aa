package nl.zgw.catalogi.referentielijsten;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Where the Referentielijsten (Selectielijst) API is, and how long its answers are kept. */
@ConfigMapping(prefix = "catalogi.referentielijsten")
public interface ReferentielijstenConfig {

    /**
     * Base URL of the API, e.g. {@code https://selectielijst.openzaak.nl/api/v1}; procestypen,
     * resultaten and resultaattypeomschrijvingen must lie under it.
     */
    @WithDefault("https://selectielijst.openzaak.nl/api/v1")
    String url();

    /** Answers are reference data that change once a year at most; they are kept this long. */
    @WithDefault("PT1H")
    Duration cacheTtl();

    @WithDefault("PT5S")
    Duration timeout();
}

package nl.zgw.zaken.zaak;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** Which resources outside the suite the Zaken API may fetch to check a reference. */
@ConfigMapping(prefix = "zaken.externe-bronnen")
public interface ExterneBronnenConfig {

    /**
     * Base URLs (prefixes) of the APIs a communicatiekanaal or relevante andere zaak may point to;
     * any other URL is refused ({@code bad-url}) without being fetched. Env:
     * {@code ZAKEN_EXTERNE_BRONNEN_TOEGESTAAN} (comma separated).
     */
    @WithDefault("https://referentielijsten-api.vng.cloud/api/v1/,https://selectielijst.openzaak.nl/api/v1/")
    List<String> toegestaan();

    /** The largest answer read, in bytes. */
    @WithDefault("1048576")
    int maxBytes();
}

package nl.zgw.shared.ref;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Own and remote URLs, from the default base URLs of the suite (this test app is "zaken"). */
@QuarkusTest
class ResourceUrlsTest {

    private static final UUID ID = UUID.fromString("0b5f5a1c-8d8e-4a53-9bd2-7bdf8a2a7c4a");

    @Inject
    ResourceUrls urls;

    @Test
    void buildsOwnUrls() {
        assertThat(urls.own("zaken", ID)).hasToString("http://localhost:8001/zaken/api/v1/zaken/" + ID);
    }

    @Test
    void tellsOwnFromRemote() {
        assertThat(urls.isOwn(urls.own("zaken", ID))).isTrue();
        ResourceUrl zaaktype = urls.of(ZgwApi.CATALOGI, "zaaktypen", ID);
        assertThat(urls.isOwn(zaaktype)).isFalse();
        assertThat(urls.apiOf(zaaktype)).contains(ZgwApi.CATALOGI);
        assertThat(urls.apiOf(ResourceUrl.of("https://elsewhere.nl/api/x"))).isEmpty();
    }

    @Test
    void publicRequestUrlKeepsPathAndQueryUnderThePublicBase() {
        assertThat(urls.publicRequestUrl(java.net.URI.create("http://10.0.0.7:8080/zaken/api/v1/zaken?page=2&a=%26")))
                .hasToString("http://localhost:8001/zaken/api/v1/zaken?page=2&a=%26");
    }

    @Test
    void extractsOwnUuidOnlyForTheRightCollection() {
        assertThat(urls.ownUuid(urls.own("zaken", ID), "zaken")).contains(ID);
        assertThat(urls.ownUuid(urls.own("statussen", ID), "zaken")).isEmpty();
        assertThat(urls.ownUuid(urls.of(ZgwApi.CATALOGI, "zaken", ID), "zaken")).isEmpty();
        assertThat(urls.ownUuid(ResourceUrl.of("http://localhost:8001/zaken/api/v1/zaken/x/" + ID), "zaken")).isEmpty();
    }
}

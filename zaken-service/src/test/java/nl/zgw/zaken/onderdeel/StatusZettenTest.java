package nl.zgw.zaken.onderdeel;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.zaken.ZakenApi.ROLLEN;
import static nl.zgw.zaken.ZakenApi.STATUSSEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.bsn;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.natuurlijkPersoon;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rol;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.status;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.contains;

/**
 * Een status zetten: who set it, and who may. Closing and reopening a zaak by its status are in
 * {@link LevenscyclusTest}.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class StatusZettenTest {

    @Test
    void aStatusSetByARolShowsOnThatRol() {
        String zaak = create("alles", zaak("a", rsin()));
        String rol = as("alles").body(rol(zaak, natuurlijkPersoon(bsn()))).post(ROLLEN).then().statusCode(201)
                .extract().path("url");
        String status = as("alles").body(Map.of("zaak", zaak, "statustype", CatalogiStub.url("statustypen", "s1"),
                "datumStatusGezet", "2026-03-02T10:00:00Z", "gezetdoor", rol)).post(STATUSSEN).then()
                .statusCode(201).extract().path("url");
        as("alles").get(path(rol)).then().body("statussen", contains(status));
    }

    /** Clients of the reference implementation send date-times without an offset: read in Europe/Amsterdam. */
    @Test
    void aDateTimeWithoutOffsetIsReadInTheConfiguredTimeZone() {
        String zaak = create("alles", zaak("a", rsin()));
        String gezet = as("alles").body(Map.of("zaak", zaak, "statustype", CatalogiStub.url("statustypen", "s1"),
                "datumStatusGezet", "2026-03-02T10:00:00")).post(STATUSSEN).then().statusCode(201)
                .extract().path("datumStatusGezet");
        org.assertj.core.api.Assertions.assertThat(java.time.OffsetDateTime.parse(gezet).toInstant())
                .isEqualTo(java.time.Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void aClientThatMayOnlyReadSetsNoStatus() {
        String open = create("alles", zaak("a", rsin()));
        status("alles", open, "s1", "2026-03-02T10:00:00Z");
        assertFout(as("beperkt").body(Map.of("zaak", open, "statustype", CatalogiStub.url("statustypen", "s1"),
                "datumStatusGezet", "2026-03-03T10:00:00Z")).post(STATUSSEN).then(), 403, "permission_denied");
    }
}

package nl.zgw.zaken.zaak;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import nl.zgw.zaken.CatalogiStub;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static nl.zgw.zaken.ZakenApi.ROLLEN;
import static nl.zgw.zaken.ZakenApi.STATUSSEN;
import static nl.zgw.zaken.ZakenApi.ZAKEN;
import static nl.zgw.zaken.ZakenApi.as;
import static nl.zgw.zaken.ZakenApi.create;
import static nl.zgw.zaken.ZakenApi.deelzaak;
import static nl.zgw.zaken.ZakenApi.path;
import static nl.zgw.zaken.ZakenApi.rol;
import static nl.zgw.zaken.ZakenApi.rsin;
import static nl.zgw.zaken.ZakenApi.uuid;
import static nl.zgw.zaken.ZakenApi.zaak;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/** Zaken opvragen met expand en fields (zrc-025 to zrc-029): what lives inside the zaak and its types. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "zaken"))
@QuarkusTestResource(CatalogiStub.class)
class ZaakOpvragenMetExpandTest {

    @Test
    void expandIncludesWhatLivesInsideTheZaakAndItsTypes() {
        String bron = rsin();
        String hoofd = create("alles", zaak("a", bron, "geheim"));
        String zaak = create("alles", deelzaak("a", bron, hoofd));
        String rol = as("alles").body(rol(zaak, Map.of("inpBsn", "123456782"))).post(ROLLEN).then()
                .statusCode(201).extract().path("url");
        String status = as("alles").body(Map.of("zaak", zaak, "statustype", CatalogiStub.url("statustypen", "s1"),
                "datumStatusGezet", "2026-03-02T10:00:00Z", "gezetdoor", rol)).post(STATUSSEN).then()
                .statusCode(201).extract().path("url");
        String hoofdStatus = as("alles").body(Map.of("zaak", hoofd, "statustype", CatalogiStub.url("statustypen", "s1"),
                "datumStatusGezet", "2026-03-01T10:00:00Z")).post(STATUSSEN).then().statusCode(201)
                .extract().path("url");

        as("alles").queryParam("expand", "status.gezetdoor,rollen,zaaktype,hoofdzaak.status,resultaat")
                .get(path(zaak)).then().statusCode(200)
                .body("_expand.status.url", equalTo(status))
                .body("_expand.status._expand.gezetdoor.url", equalTo(rol))
                .body("_expand.rollen.url", contains(rol))
                .body("_expand.zaaktype.identificatie", equalTo("ZT-a"))
                .body("_expand.hoofdzaak.url", equalTo(hoofd))
                .body("_expand.hoofdzaak._expand.status.url", equalTo(hoofdStatus))
                .body("_expand.resultaat", equalTo(Map.of())); // none yet: the empty object
        as("alles").queryParam("zaak", zaak).queryParam("expand", "zaak,statustype").get(STATUSSEN).then()
                .body("results[0]._expand.zaak.url", equalTo(zaak))
                .body("results[0]._expand.statustype.isEindstatus", equalTo(false));
        as("alles").body(Map.of("uuid__in", List.of(uuid(zaak)), "expand", "rollen.statussen"))
                .post(ZAKEN + "/_zoek").then().body("results[0]._expand.rollen[0]._expand.statussen.url", contains(status));
        // what the client may not read stays out (beperkt reads openbare zaken only)
        as("beperkt").queryParam("expand", "hoofdzaak").get(path(zaak)).then().statusCode(200)
                .body("_expand.hoofdzaak", equalTo(Map.of()));
        // zrc-027/zrc-028: an attribute that is not there, or not expanded by this API, is a 404
        assertFout(as("alles").queryParam("expand", "bestaatniet").get(path(zaak)).then(), 404, "not_found");
        assertFout(as("alles").queryParam("expand", "zaakobjecten.object").get(path(zaak)).then(), 404, "not_found");
        assertFout(as("alles").queryParam("expand", "zaaktype.catalogus").get(ZAKEN).then(), 404, "not_found");
        // zrc-029: fields select what comes back, and what is expanded
        String uuid = uuid(zaak);
        as("alles").body(Map.of("uuid__in", List.of(uuid), "fields", List.of("url", "identificatie",
                        Map.of("status", List.of("datumStatusGezet"), "rollen", List.of("*"),
                                "verlenging", List.of("reden")))))
                .post(ZAKEN + "/_zoek").then().statusCode(200)
                .body("results[0].keySet()", containsInAnyOrder("url", "identificatie", "status",
                        "rollen", "verlenging", "_expand"))
                .body("results[0]._expand.status.keySet()", contains("datumStatusGezet"))
                .body("results[0]._expand.rollen[0].url", equalTo(rol));
        assertValidatieFout(as("alles").body(Map.of("uuid__in", List.of(uuid), "fields", List.of("url"), "expand",
                "status")).post(ZAKEN + "/_zoek").then(), "fields", "invalid");
        assertValidatieFout(as("alles").body(Map.of("fields", "url")).post(ZAKEN + "/_zoek").then(), "fields",
                "not_a_list");
        assertValidatieFout(as("alles").body(Map.of("fields", List.of(Map.of("zaaktype", List.of(Map.of("catalogus",
                List.of("domein"))))))).post(ZAKEN + "/_zoek").then(), "fields", "invalid_choice");
        // an expand is bounded: at most 4 levels deep and 20 paths
        assertValidatieFout(as("alles").queryParam("expand", "rollen.zaak.rollen.zaak.rollen").get(path(zaak)).then(),
                "expand", "invalid");
        // no expand: no _expand
        as("alles").get(path(zaak)).then().body("_expand", equalTo(null));
    }
}

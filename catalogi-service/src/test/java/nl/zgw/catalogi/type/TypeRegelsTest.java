package nl.zgw.catalogi.type;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.catalogi.SelectielijstServer;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static nl.zgw.catalogi.CatalogiFixtures.API;
import static nl.zgw.catalogi.CatalogiFixtures.as;
import static nl.zgw.catalogi.CatalogiFixtures.beheerder;
import static nl.zgw.catalogi.CatalogiFixtures.catalogus;
import static nl.zgw.catalogi.CatalogiFixtures.completeZaaktype;
import static nl.zgw.catalogi.CatalogiFixtures.informatieobjecttype;
import static nl.zgw.catalogi.CatalogiFixtures.path;
import static nl.zgw.catalogi.CatalogiFixtures.publish;
import static nl.zgw.catalogi.CatalogiFixtures.statustype;
import static nl.zgw.catalogi.CatalogiFixtures.unique;
import static nl.zgw.catalogi.CatalogiFixtures.zaaktype;
import static nl.zgw.catalogi.CatalogiFixtures.zaaktypeBody;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** The rules of the smaller types, the zaaktype's own fields, and the notifications types send. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class TypeRegelsTest {

    @Inject
    DataSource dataSource;

    private static Map<String, Object> eigenschap(String zaaktype, String naam, String formaat, String lengte) {
        return new HashMap<>(Map.of("zaaktype", zaaktype, "naam", naam, "definitie", "Een eigenschap",
                "specificatie", Map.of("formaat", formaat, "lengte", lengte, "kardinaliteit", "1")));
    }

    @Test
    void eigenschappen() {
        String zaaktype = zaaktype(catalogus(), unique("ZT"));
        String url = beheerder().body(eigenschap(zaaktype, "datum", "datum", "8")).post(API + "/eigenschappen").then()
                .statusCode(201).body("zaaktypeIdentificatie", equalTo(beheerder().get(path(zaaktype)).then()
                        .extract().path("identificatie"))).extract().path("url");
        assertValidatieFout(beheerder().body(eigenschap(zaaktype, "datum", "tekst", "10")).post(API + "/eigenschappen")
                .then(), "naam", "unique");
        assertValidatieFout(beheerder().body(eigenschap(zaaktype, "tijd", "datum_tijd", "8")).post(API + "/eigenschappen")
                .then(), "specificatie.lengte", "invalid");
        assertValidatieFout(beheerder().body(eigenschap(zaaktype, "dag", "datum", "10")).post(API + "/eigenschappen")
                .then(), "specificatie.lengte", "invalid");
        assertValidatieFout(beheerder().body(eigenschap(zaaktype, "soort", "kleur", "8")).post(API + "/eigenschappen")
                .then(), "specificatie.formaat", "invalid_choice");
        // the statustype of an eigenschap belongs to its zaaktype
        String statustypeElders = statustype(zaaktype(catalogus(), unique("ZT")), 1);
        Map<String, Object> metStatus = new java.util.HashMap<>(eigenschap(zaaktype, "bij status", "tekst", "5"));
        metStatus.put("statustype", statustypeElders);
        assertValidatieFout(beheerder().body(metStatus).post(API + "/eigenschappen").then(), "statustype",
                "relations-incorrect-zaaktype");
        // a statustype may require eigenschappen of its own zaaktype only
        String ander = zaaktype(catalogus(), unique("ZT"));
        String vreemd = beheerder().body(eigenschap(ander, "vreemd", "tekst", "5")).post(API + "/eigenschappen").then()
                .statusCode(201).extract().path("url");
        beheerder().body(Map.of("zaaktype", zaaktype, "omschrijving", "Start", "volgnummer", 1,
                "eigenschappen", List.of(url))).post(API + "/statustypen").then().statusCode(201)
                .body("eigenschappen", contains(url));
        assertValidatieFout(beheerder().body(Map.of("zaaktype", zaaktype, "omschrijving", "Eind", "volgnummer", 2,
                "eigenschappen", List.of(vreemd))).post(API + "/statustypen").then(),
                "eigenschappen.0", "relations-incorrect-zaaktype");
        beheerder().get(API + "/eigenschappen?status=concept&zaaktype=" + zaaktype).then().body("count", equalTo(1));
        // deleting the eigenschap takes it out of the statustype, which stays changeable
        String statustype = beheerder().get(API + "/statustypen?status=concept&zaaktype=" + zaaktype).then()
                .extract().path("results[0].url");
        beheerder().delete(path(url)).then().statusCode(204);
        beheerder().get(path(statustype)).then().body("eigenschappen", org.hamcrest.Matchers.empty());
        beheerder().body(Map.of("toelichting", "Start")).patch(path(statustype)).then().statusCode(200);
    }

    @Test
    void zaaktypeInformatieobjecttypen() {
        String catalogus = catalogus();
        String naam = unique("Brief");
        String iot = informatieobjecttype(catalogus, naam);
        String zaaktype = zaaktype(catalogus, unique("ZT"));
        String url = beheerder().body(Map.of("zaaktype", zaaktype, "informatieobjecttype", naam, "volgnummer", 1,
                "richting", "inkomend")).post(API + "/zaaktype-informatieobjecttypen").then().statusCode(201)
                .body("catalogus", equalTo(catalogus)).extract().path("url");
        assertValidatieFout(beheerder().body(Map.of("zaaktype", zaaktype, "informatieobjecttype", naam, "volgnummer", 1,
                "richting", "uitgaand")).post(API + "/zaaktype-informatieobjecttypen").then(), "volgnummer", "unique");
        assertValidatieFout(beheerder().body(Map.of("zaaktype", zaaktype, "informatieobjecttype", "onbekend",
                "volgnummer", 2, "richting", "uitgaand")).post(API + "/zaaktype-informatieobjecttypen").then(),
                "informatieobjecttype", "does_not_exist");
        beheerder().get(API + "/zaaktype-informatieobjecttypen?status=concept&richting=inkomend&informatieobjecttype="
                + iot).then().body("count", equalTo(1)).body("results[0].url", equalTo(url));
        beheerder().get(API + "/zaaktype-informatieobjecttypen?status=concept&richting=uitgaand&zaaktype=" + zaaktype)
                .then().body("count", equalTo(0));
        assertValidatieFout(beheerder().get(API + "/zaaktype-informatieobjecttypen?richting=schuin").then(),
                "richting", "invalid_choice");
        // definitief: the zaaktype published and the informatieobjecttype it names too
        beheerder().get(API + "/zaaktype-informatieobjecttypen?zaaktype=" + zaaktype).then().body("count", equalTo(0));
        publish(iot).statusCode(200);
        beheerder().get(API + "/zaaktype-informatieobjecttypen?status=concept&zaaktype=" + zaaktype).then()
                .body("count", equalTo(1)); // the zaaktype is still a concept
    }

    @Test
    void aZaaktypeReadOnADateShowsItsTypesValidThen() {
        String zaaktype = zaaktype(catalogus(), unique("ZT"));
        statustype(zaaktype, 1);
        String oud = beheerder().body(Map.of("zaaktype", zaaktype, "omschrijving", "Oud", "volgnummer", 2,
                "eindeGeldigheid", "2024-06-30")).post(API + "/statustypen").then().statusCode(201).extract().path("url");
        beheerder().get(path(zaaktype) + "?datumGeldigheid=2024-03-01").then().body("statustypen", hasItem(oud));
        beheerder().get(path(zaaktype) + "?datumGeldigheid=2024-09-01").then().body("statustypen", not(hasItem(oud)))
                .body("statustypen", hasSize(1));
    }

    @Test
    void roltypenAndZaakobjecttypen() {
        String catalogus = catalogus();
        String zaaktype = zaaktype(catalogus, unique("ZT"));
        beheerder().body(Map.of("zaaktype", zaaktype, "omschrijving", "Aanvrager", "omschrijvingGeneriek", "initiator"))
                .post(API + "/roltypen").then().statusCode(201).body("beginGeldigheid", equalTo("2024-01-01"));
        assertValidatieFout(beheerder().body(Map.of("zaaktype", zaaktype, "omschrijving", "X",
                "omschrijvingGeneriek", "koning")).post(API + "/roltypen").then(), "omschrijvingGeneriek", "invalid_choice");
        beheerder().get(API + "/roltypen?status=alles&omschrijvingGeneriek=initiator&zaaktype=" + zaaktype).then()
                .body("count", equalTo(1));
        beheerder().get(API + "/roltypen?status=alles&omschrijvingGeneriek=behandelaar&zaaktype=" + zaaktype).then()
                .body("count", equalTo(0));
        assertValidatieFout(beheerder().get(API + "/roltypen?omschrijvingGeneriek=koning").then(),
                "omschrijvingGeneriek", "invalid_choice");
        String objecttype = "https://objecttypen.example/api/v2/objecttypes/1";
        beheerder().body(Map.of("zaaktype", zaaktype, "anderObjecttype", false, "objecttype", objecttype,
                "relatieOmschrijving", "Pand", "catalogus", catalogus, "beginGeldigheid", "2024-02-01"))
                .post(API + "/zaakobjecttypen").then().statusCode(201).body("statustypen", org.hamcrest.Matchers.empty());
        beheerder().get(API + "/zaakobjecttypen?anderObjecttype=false&objecttype=" + objecttype + "&zaaktype=" + zaaktype)
                .then().body("count", equalTo(1));
        beheerder().get(API + "/zaakobjecttypen?datumBeginGeldigheid=2024-02-01&zaaktype=" + zaaktype).then()
                .body("count", equalTo(1));
        assertValidatieFout(beheerder().get(API + "/zaakobjecttypen?anderObjecttype=misschien").then(),
                "anderObjecttype", "invalid");
    }

    @Test
    void zaaktypeFieldsThatBelongTogether() {
        Map<String, Object> body = zaaktypeBody(catalogus(), unique("ZT"));
        body.put("verlengingMogelijk", true);
        assertValidatieFout(beheerder().body(body).post(API + "/zaaktypen").then(), "verlengingstermijn",
                "verlenging-mismatch");
        Map<String, Object> bron = zaaktypeBody(catalogus(), unique("ZT"));
        bron.put("broncatalogus", Map.of("url", "https://elders.example/catalogi/api/v1/catalogussen/1",
                "domein", "ELDER", "rsin", "123456789"));
        assertValidatieFout(beheerder().body(bron).post(API + "/zaaktypen").then(), "nonFieldErrors",
                "invalid-bronzaaktype-for-broncatalogus");
        Map<String, Object> duur = zaaktypeBody(catalogus(), unique("ZT"));
        duur.put("doorlooptijd", "30 dagen");
        assertValidatieFout(beheerder().body(duur).post(API + "/zaaktypen").then(), "doorlooptijd", "invalid");
        Map<String, Object> vreemd = zaaktypeBody(catalogus(), unique("ZT"));
        vreemd.put("catalogus", "https://elders.example/catalogi/api/v1/catalogussen/1");
        assertValidatieFout(beheerder().body(vreemd).post(API + "/zaaktypen").then(), "catalogus", "no_match");
        String zaaktype = zaaktype(catalogus(), unique("ZT"));
        Map<String, Object> verhuisd = zaaktypeBody(catalogus(), unique("ZT"));
        assertValidatieFout(beheerder().body(verhuisd).put(path(zaaktype)).then(), "catalogus", "immutable");
        Map<String, Object> weg = zaaktypeBody(catalogus(), unique("ZT"));
        weg.put("catalogus", "http://localhost:8002/catalogi/api/v1/catalogussen/" + java.util.UUID.randomUUID());
        assertValidatieFout(beheerder().body(weg).post(API + "/zaaktypen").then(), "catalogus", "does_not_exist");
    }

    @Test
    void theTypesOfAPublishedZaaktypeAreDeletedOnlyWhenForced() {
        String zaaktype = completeZaaktype(catalogus(), unique("ZT"));
        String statustype = beheerder().get(path(zaaktype)).then().extract().path("statustypen[0]");
        publish(zaaktype).statusCode(200);
        assertValidatieFout(beheerder().delete(path(statustype)).then(), "nonFieldErrors", "non-concept-zaaktype");
        assertFout(as("lezer").delete(path(statustype)).then(), 403, "permission_denied");
        as("corrector").delete(path(statustype)).then().statusCode(204);
        statustype(zaaktype(catalogus(), unique("ZT")), 1);
    }

    @Test
    void zaaktypenInformatieobjecttypenAndBesluittypenAreAnnouncedOnTheirKanaal() throws Exception {
        String catalogus = catalogus();
        String zaaktype = completeZaaktype(catalogus, unique("ZT"));
        beheerder().body(Map.of("omschrijving", "Anders")).patch(path(zaaktype)).then().statusCode(200);
        beheerder().delete(path(zaaktype)).then().statusCode(204);
        List<String> messages = outbox(zaaktype);
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0)).contains("\"kanaal\":\"zaaktypen\"", "\"actie\":\"create\"",
                "\"resource\":\"zaaktype\"", "\"catalogus\":\"" + catalogus + "\"");
        assertThat(messages.get(1)).contains("\"actie\":\"partial_update\"");
        assertThat(messages.get(2)).contains("\"actie\":\"destroy\"");
        String iot = informatieobjecttype(catalogus, unique("Brief"));
        assertThat(outbox(iot)).singleElement().asString().contains("\"kanaal\":\"informatieobjecttypen\"");
        // a refused change leaves nothing behind
        String gepubliceerd = completeZaaktype(catalogus, unique("ZT"));
        publish(gepubliceerd).statusCode(200);
        beheerder().body(Map.of("omschrijving", "Nee")).patch(path(gepubliceerd)).then().statusCode(400);
        assertThat(outbox(gepubliceerd)).hasSize(1);
    }

    private List<String> outbox(String hoofdObject) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT message FROM notificatie_outbox WHERE hoofd_object = ? ORDER BY id")) {
            ps.setString(1, hoofdObject);
            List<String> messages = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    messages.add(rs.getString(1));
                }
            }
            return messages;
        }
    }
}

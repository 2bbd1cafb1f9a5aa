package nl.zgw.catalogi.beheer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.catalogi.SelectielijstServer;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static nl.zgw.catalogi.CatalogiFixtures.API;
import static nl.zgw.catalogi.CatalogiFixtures.as;
import static nl.zgw.catalogi.CatalogiFixtures.beheerder;
import static nl.zgw.catalogi.CatalogiFixtures.besluittype;
import static nl.zgw.catalogi.CatalogiFixtures.catalogus;
import static nl.zgw.catalogi.CatalogiFixtures.completeZaaktype;
import static nl.zgw.catalogi.CatalogiFixtures.informatieobjecttype;
import static nl.zgw.catalogi.CatalogiFixtures.path;
import static nl.zgw.catalogi.CatalogiFixtures.publish;
import static nl.zgw.catalogi.CatalogiFixtures.unique;
import static nl.zgw.catalogi.CatalogiFixtures.zaaktype;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** A catalogus exported as a ZIP and imported elsewhere comes back the same, as concepts. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "catalogi"))
@QuarkusTestResource(SelectielijstServer.class)
class ImportExportTest {

    private static final String BEHEER = "/catalogi/beheer/v1";

    @Test
    void aCatalogusSurvivesTheRoundTrip() throws IOException {
        String bron = catalogus();
        String iotNaam = unique("Brief");
        publish(informatieobjecttype(bron, iotNaam)).statusCode(200);
        String btNaam = unique("Besluit");
        publish(besluittype(bron, btNaam, List.of(iotNaam))).statusCode(200);
        String deelId = unique("DEEL");
        zaaktype(bron, deelId);
        String identificatie = unique("ZT");
        String zaaktype = completeZaaktype(bron, identificatie);
        beheerder().body(Map.of("deelzaaktypen", List.of(deelId), "besluittypen", List.of(btNaam)))
                .patch(path(zaaktype)).then().statusCode(200);
        String statustype = beheerder().get(path(zaaktype)).then().extract().path("statustypen[0]");
        String eigenschap = beheerder().body(Map.of("zaaktype", zaaktype, "naam", "kleur", "definitie", "De kleur",
                        "statustype", statustype, "specificatie", Map.of("formaat", "tekst", "lengte", "20",
                                "kardinaliteit", "1")))
                .post(API + "/eigenschappen").then().statusCode(201).extract().path("url");
        beheerder().body(Map.of("eigenschappen", List.of(eigenschap))).patch(path(statustype)).then().statusCode(200);
        beheerder().body(Map.of("zaaktype", zaaktype, "informatieobjecttype", iotNaam, "volgnummer", 1,
                "richting", "inkomend", "statustype", statustype)).post(API + "/zaaktype-informatieobjecttypen")
                .then().statusCode(201);

        byte[] zip = beheerder().get(BEHEER + "/catalogussen/" + uuid(bron) + "/export").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray();
        assertThat(entries(zip)).contains("manifest.json", "catalogus.json", "zaaktypen.json", "statustypen.json",
                "eigenschappen.json", "zaaktype-informatieobjecttypen.json", "besluittypen.json");

        String doel = catalogus();
        beheerder().contentType("application/zip").body(zip).post(BEHEER + "/import?catalogus=" + doel).then()
                .statusCode(201).body("catalogus", equalTo(doel))
                .body("aantallen.zaaktypen", equalTo(2)).body("aantallen.statustypen", equalTo(2))
                .body("aantallen.besluittypen", equalTo(1));

        String kopie = beheerder().get(API + "/zaaktypen?status=alles&catalogus=" + doel + "&identificatie="
                + identificatie).then().body("count", equalTo(1))
                .body("results[0].catalogus", equalTo(doel))
                .body("results[0].concept", equalTo(true))
                .body("results[0].deelzaaktypeIdentificaties", contains(deelId))
                .body("results[0].besluittypeOmschrijving", contains(btNaam))
                .body("results[0].informatieobjecttypeOmschrijving", contains(iotNaam))
                .body("results[0].statustypen", hasSize(2))
                .body("results[0].url", not(equalTo(zaaktype)))
                .extract().path("results[0].url");
        // references between imported objects point at the copies, never back at the source
        String kopieStatustype = beheerder().get(API + "/statustypen?status=alles&zaaktype=" + kopie
                + "&expand=eigenschappen").then().body("count", equalTo(2))
                .body("results[0].eigenschappen", hasSize(1))
                .body("results[0].eigenschappen[0]", startsWith("http://localhost:8002/catalogi/api/v1/eigenschappen/"))
                .body("results[0].eigenschappen[0]", not(equalTo(eigenschap)))
                .extract().path("results[0].url");
        beheerder().get(API + "/eigenschappen?status=alles&zaaktype=" + kopie).then()
                .body("results[0].statustype", equalTo(kopieStatustype));
        beheerder().get(API + "/besluittypen?status=alles&catalogus=" + doel).then()
                .body("count", equalTo(1))
                .body("results[0].omschrijving", equalTo(btNaam))
                .body("results.concept", everyItem(equalTo(true)));
        // published in the source, a concept in the copy
        beheerder().get(API + "/informatieobjecttypen?status=concept&catalogus=" + doel).then().body("count", equalTo(1))
                .body("results[0].omschrijving", equalTo(iotNaam));
        // the source keeps what it had: the copies went into doel, not next to the originals
        beheerder().get(API + "/zaaktypen?status=alles&catalogus=" + bron + "&identificatie=" + identificatie).then()
                .body("count", equalTo(1)).body("results[0].url", equalTo(zaaktype));
        beheerder().get(API + "/besluittypen?status=alles&catalogus=" + bron).then().body("count", equalTo(1));
    }

    @Test
    void keepingUuidsClashesWithTheSourceAndRollsBackEverything() {
        String bron = catalogus();
        zaaktype(bron, unique("ZT"));
        byte[] zip = beheerder().get(BEHEER + "/catalogussen/" + uuid(bron) + "/export").then().statusCode(200)
                .extract().asByteArray();
        String doel = catalogus();
        assertFout(beheerder().contentType("application/zip").body(zip)
                .post(BEHEER + "/import?behoudUuids=true&catalogus=" + doel).then(), 409, "unique");
        beheerder().get(API + "/zaaktypen?status=alles&catalogus=" + doel).then().body("count", equalTo(0));
    }

    @Test
    void oneZaaktypeWithWhatItNames() throws IOException {
        String bron = catalogus();
        String iotNaam = unique("Brief");
        informatieobjecttype(bron, iotNaam);
        informatieobjecttype(bron, unique("Ander"));
        String identificatie = unique("ZT");
        String zaaktype = zaaktype(bron, identificatie);
        beheerder().body(Map.of("zaaktype", zaaktype, "informatieobjecttype", iotNaam, "volgnummer", 1,
                "richting", "intern")).post(API + "/zaaktype-informatieobjecttypen").then().statusCode(201);
        byte[] zip = beheerder().get(BEHEER + "/zaaktypen/" + uuid(zaaktype) + "/export").then().statusCode(200)
                .extract().asByteArray();
        String doel = catalogus();
        beheerder().contentType("application/zip").body(zip).post(BEHEER + "/import?catalogus=" + doel).then()
                .statusCode(201).body("aantallen.zaaktypen", equalTo(1))
                .body("aantallen.informatieobjecttypen", equalTo(1))
                .body("aantallen.zaaktype-informatieobjecttypen", equalTo(1));
        String kopie = beheerder().get(API + "/zaaktypen?status=alles&catalogus=" + doel + "&identificatie="
                        + identificatie).then().body("count", equalTo(1))
                .body("results[0].catalogus", equalTo(doel))
                .body("results[0].url", not(equalTo(zaaktype)))
                .extract().path("results[0].url");
        // only the informatieobjecttype the zaaktype names came along
        beheerder().get(API + "/informatieobjecttypen?status=alles&catalogus=" + doel).then()
                .body("count", equalTo(1)).body("results[0].omschrijving", equalTo(iotNaam));
        beheerder().get(API + "/zaaktype-informatieobjecttypen?status=alles&zaaktype=" + kopie).then()
                .body("count", equalTo(1)).body("results[0].catalogus", equalTo(doel));
    }

    @Test
    void badImportsAreRefusedWithTheirReasonAndLeaveNothing() throws IOException {
        String doel = catalogus();
        assertValidatieFout(beheerder().contentType("application/zip").body(new byte[] {1, 2, 3})
                .post(BEHEER + "/import?catalogus=" + doel).then(), "bestand", "invalid");
        assertFout(as("lezer").contentType("application/zip").body(new byte[] {1})
                .post(BEHEER + "/import").then(), 403, "permission_denied");
        assertValidatieFout(beheerder().contentType("application/zip").body(zip(Map.of("catalogus.json", "{}")))
                .post(BEHEER + "/import?catalogus=" + doel).then(), "manifest.json", "invalid");
        String manifest = "{\"format\": \"zgw-catalogi-export\", \"version\": 1}";
        String catalogus = "{\"url\": \"https://elders.example/catalogi/api/v1/catalogussen/1\"}";
        String iot = "[{\"url\": \"https://elders.example/catalogi/api/v1/informatieobjecttypen/1\", "
                + "\"omschrijving\": \"Brief\", \"vertrouwelijkheidaanduiding\": \"openbaar\", "
                + "\"beginGeldigheid\": \"2024-01-01\", \"informatieobjectcategorie\": \"Brief\"}, "
                + "{\"url\": \"https://elders.example/catalogi/api/v1/informatieobjecttypen/2\", "
                + "\"omschrijving\": \"Memo\", \"vertrouwelijkheidaanduiding\": \"heel geheim\", "
                + "\"beginGeldigheid\": \"2024-01-01\", \"informatieobjectcategorie\": \"Memo\"}]";
        beheerder().contentType("application/zip").body(zip(Map.of("manifest.json", manifest, "catalogus.json",
                        catalogus, "informatieobjecttypen.json", iot)))
                .post(BEHEER + "/import?catalogus=" + doel).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("informatieobjecttypen.1.vertrouwelijkheidaanduiding"));
        beheerder().get(API + "/informatieobjecttypen?status=alles&catalogus=" + doel).then().body("count", equalTo(0));
    }

    @Test
    void anExportThatUnpacksBeyondTheLimitIsRefused() throws IOException {
        String doel = catalogus();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("manifest.json"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written <= CatalogusImport.MAX_UNPACKED; written += spaces.length) {
                zip.write(spaces); // one MiB more than the limit in all
            }
            zip.closeEntry();
        }
        byte[] bom = out.toByteArray();
        assertThat(bom.length).isLessThan(1024 * 1024); // small on the wire, only large unpacked
        assertValidatieFout(beheerder().contentType("application/zip").body(bom)
                .post(BEHEER + "/import?catalogus=" + doel).then(), "bestand", "max_size");
        beheerder().get(API + "/zaaktypen?status=alles&catalogus=" + doel).then().body("count", equalTo(0));
    }

    @Test
    void behoudUuidsIsTrueOrFalse() {
        assertValidatieFout(beheerder().contentType("application/zip").body(new byte[] {1})
                .post(BEHEER + "/import?behoudUuids=soms").then(), "behoudUuids", "invalid");
    }

    @Test
    void exportingWhatDoesNotExistIsA404AndNeedsTheReadScope() {
        assertFout(beheerder().get(BEHEER + "/catalogussen/" + UUID.randomUUID() + "/export").then(), 404, "not_found");
        assertFout(beheerder().get(BEHEER + "/zaaktypen/" + UUID.randomUUID() + "/export").then(), 404, "not_found");
        String bron = catalogus();
        String zaaktype = zaaktype(bron, unique("ZT"));
        assertFout(as("nobody").get(BEHEER + "/catalogussen/" + uuid(bron) + "/export").then(), 403,
                "permission_denied");
        assertFout(as("zaken-lezer").get(BEHEER + "/zaaktypen/" + uuid(zaaktype) + "/export").then(), 403,
                "permission_denied");
    }

    @Test
    void uuidsFromAnotherEnvironmentAreKeptOnRequest() throws IOException {
        String doel = catalogus();
        String uuid = java.util.UUID.randomUUID().toString();
        String manifest = "{\"format\": \"zgw-catalogi-export\", \"version\": 1}";
        String catalogus = "{\"url\": \"https://acceptatie.example/catalogi/api/v1/catalogussen/"
                + java.util.UUID.randomUUID() + "\"}";
        String iot = "[{\"url\": \"https://acceptatie.example/catalogi/api/v1/informatieobjecttypen/" + uuid + "\", "
                + "\"omschrijving\": \"Brief\", \"vertrouwelijkheidaanduiding\": \"openbaar\", "
                + "\"beginGeldigheid\": \"2024-01-01\", \"informatieobjectcategorie\": \"Brief\"}]";
        beheerder().contentType("application/zip").body(zip(Map.of("manifest.json", manifest, "catalogus.json",
                        catalogus, "informatieobjecttypen.json", iot)))
                .post(BEHEER + "/import?behoudUuids=true&catalogus=" + doel).then().statusCode(201);
        beheerder().get(API + "/informatieobjecttypen/" + uuid).then().statusCode(200)
                .body("catalogus", equalTo(doel)).body("concept", equalTo(true));
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String uuid(String url) {
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                names.add(e.getName());
            }
        }
        return names;
    }
}

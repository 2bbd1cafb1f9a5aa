package nl.zgw.autorisaties.applicatie;

import io.quarkus.test.junit.QuarkusTest;
import nl.zgw.autorisaties.AutorisatiesTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ApplicatieBijwerkenTest extends AutorisatiesTest {

    @Test
    void putReplacesEverything() {
        ApplicatieBody body = applicatie();
        String url = create(body);
        String newId = uniqueClientId();
        asAdmin().body(applicatie().clientIds(body.clientIds().get(0), newId).with("label", "Nieuw")
                        .autorisaties(autorisatie("ztc", "catalogi.lezen"), zrc("zaken.lezen")))
                .put(path(url)).then().statusCode(200)
                .body("label", equalTo("Nieuw"))
                .body("clientIds", equalTo(List.of(body.clientIds().get(0), newId)))
                .body("autorisaties", hasSize(2))
                .body("autorisaties[0].component", equalTo("ztc"));
        as("test-reader").get(API + "/applicaties/consumer?clientId=" + newId).then().statusCode(200)
                .body("url", equalTo(url));
    }

    @Test
    void patchChangesOnlyWhatIsSent() {
        ApplicatieBody body = applicatie();
        String url = create(body);
        asAdmin().body(Map.of("label", "Alleen het label")).patch(path(url)).then().log().ifValidationFails().statusCode(200)
                .body("label", equalTo("Alleen het label"))
                .body("clientIds", equalTo(body.clientIds()))
                .body("autorisaties", hasSize(1))
                .body("autorisaties[0].zaaktype", equalTo(ZAAKTYPE));
    }

    @Test
    void patchThatBreaksAc002IsRefused() {
        String url = create(applicatie());
        assertValidatieFout(asAdmin().body(Map.of("heeftAlleAutorisaties", true)).patch(path(url)).then(),
                "nonFieldErrors", "ambiguous-authorizations-specified");
    }

    @Test
    void patchWithWrongTypeIsInvalid() {
        String url = create(applicatie());
        assertValidatieFout(asAdmin().body(Map.of("clientIds", "not-a-list")).patch(path(url)).then(),
                "clientIds", "invalid");
    }

    @Test
    void patchWithTooLongLabelIsRefused() {
        String url = create(applicatie());
        assertValidatieFout(asAdmin().body(Map.of("label", "x".repeat(101))).patch(path(url)).then(),
                "label", "max_length");
    }

    @Test
    void takingAnotherApplicatiesClientIdIsRefusedAndChangesNothing() {
        ApplicatieBody first = applicatie();
        create(first);
        ApplicatieBody second = applicatie();
        String url = create(second);
        assertValidatieFout(asAdmin().body(Map.of("clientIds", List.of(first.clientIds().get(0)))).patch(path(url))
                .then(), "clientIds", "clientId-exists");
        as("test-reader").get(path(url)).then().statusCode(200).body("clientIds", equalTo(second.clientIds()));
    }

    @Test
    void reorderingOwnClientIdsIsFine() {
        String a = uniqueClientId();
        String b = uniqueClientId();
        String url = create(applicatie().clientIds(a, b));
        asAdmin().body(Map.of("clientIds", List.of(b, a))).patch(path(url)).then().statusCode(200)
                .body("clientIds", equalTo(List.of(b, a)));
    }

    @Test
    void updateOfUnknownApplicatieIs404() {
        assertFout(asAdmin().body(applicatie()).put(API + "/applicaties/7d5e3b6c-1111-4e5a-9d7a-0e8b2a6f4c11").then(),
                404, "not_found");
    }

    @Test
    void deleteRemovesApplicatieAndFreesItsClientIds() {
        ApplicatieBody body = applicatie();
        String url = create(body);
        asAdmin().delete(path(url)).then().statusCode(204);
        assertFout(as("test-reader").get(path(url)).then(), 404, "not_found");
        create(applicatie().clientIds(body.clientIds().get(0)));
    }

    @Test
    void readerMayNotDelete() {
        String url = create(applicatie());
        assertFout(as("test-reader").delete(path(url)).then(), 403, "permission_denied");
        as("test-reader").get(path(url)).then().statusCode(200).body("url", equalTo(url));
    }

    @Test
    void deleteOfUnknownApplicatieIs404() {
        assertFout(asAdmin().delete(API + "/applicaties/" + UUID.randomUUID()).then(), 404, "not_found");
    }

    @Test
    void patchOfUnknownApplicatieIs404() {
        assertFout(asAdmin().body(Map.of("label", "Nieuw")).patch(API + "/applicaties/" + UUID.randomUUID()).then(),
                404, "not_found");
    }

    @Test
    void putWithoutLabelIsRefusedAndChangesNothing() {
        ApplicatieBody body = applicatie();
        String url = create(body);
        ApplicatieBody zonderLabel = applicatie().clientIds(body.clientIds().get(0));
        zonderLabel.remove("label");
        assertValidatieFout(asAdmin().body(zonderLabel).put(path(url)).then(), "label", "required");
        as("test-reader").get(path(url)).then().statusCode(200).body("label", equalTo("Zaaksysteem"))
                .body("clientIds", equalTo(body.clientIds()));
    }

    @Test
    void putThatBreaksAc002IsRefusedAndChangesNothing() {
        ApplicatieBody body = applicatie();
        String url = create(body);
        assertValidatieFout(asAdmin().body(applicatie().clientIds(body.clientIds().get(0)).with("label", "Nieuw")
                        .with("heeftAlleAutorisaties", true)).put(path(url)).then(),
                "nonFieldErrors", "ambiguous-authorizations-specified");
        as("test-reader").get(path(url)).then().statusCode(200).body("label", equalTo("Zaaksysteem"))
                .body("heeftAlleAutorisaties", equalTo(false));
    }

    @Test
    void readerMayNotUpdate() {
        ApplicatieBody body = applicatie();
        String url = create(body);
        assertFout(as("test-reader").body(applicatie().clientIds(body.clientIds().get(0)).with("label", "Nieuw"))
                .put(path(url)).then(), 403, "permission_denied");
        assertFout(as("test-reader").body(Map.of("label", "Nieuw")).patch(path(url)).then(), 403, "permission_denied");
        as("test-reader").get(path(url)).then().statusCode(200).body("label", equalTo("Zaaksysteem"));
    }
}

package nl.zgw.shared.paging;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** The {count, next, previous, results} envelope over HTTP (5 items, 2 per page). */
@QuarkusTest
class PagingTest {

    private static final String LIST = "/probe/api/v1/probes";

    @Test
    void firstPageLinksToTheNextWithAbsoluteUrl() {
        given().get(LIST).then().statusCode(200)
                .body("count", equalTo(5))
                .body("previous", nullValue())
                .body("next", startsWith("http://"))
                .body("next", endsWith("/probe/api/v1/probes?page=2"))
                .body("results", contains("p1", "p2"));
    }

    @Test
    void middlePageKeepsOtherParameters() {
        given().get(LIST + "?naam=x&page=2").then().statusCode(200)
                .body("next", endsWith("/probes?naam=x&page=3"))
                .body("previous", endsWith("/probes?naam=x&page=1"))
                .body("results", contains("p3", "p4"));
    }

    @Test
    void lastPageHasNoNext() {
        given().get(LIST + "?page=3").then().statusCode(200)
                .body("next", nullValue())
                .body("results", contains("p5"));
    }

    @Test
    void pageBeyondTheEndIs404() {
        assertFout(given().get(LIST + "?page=4").then(), 404, "not_found");
    }

    @Test
    void pageZeroIsNotFound() {
        assertFout(given().get(LIST + "?page=0").then(), 404, "not_found").body("detail", equalTo("Ongeldige pagina."));
    }

    @Test
    void pageNotANumberIsNotFound() {
        assertFout(given().get(LIST + "?page=abc").then(), 404, "not_found");
    }

    @Test
    void hugePageIsNotFoundNotAnOverflow() {
        assertFout(given().get(LIST + "?page=2147483647").then(), 404, "not_found");
        assertFout(given().get(LIST + "?page=99999999999").then(), 404, "not_found");
    }
}

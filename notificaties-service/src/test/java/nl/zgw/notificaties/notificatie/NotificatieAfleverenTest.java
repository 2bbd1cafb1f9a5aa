package nl.zgw.notificaties.notificatie;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import nl.zgw.notificaties.Subscriber;
import nl.zgw.shared.auth.ZgwTokenSigner;
import nl.zgw.testsupport.postgres.PostgresTestResource;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static nl.zgw.testsupport.http.ProblemAssertions.assertValidatieFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Publishing and delivery to real HTTP subscribers on loopback. */
@QuarkusTest
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "notificaties"))
class NotificatieAfleverenTest {

    private static final String API = "/notificaties/api/v1";

    @Inject
    DataSource dataSource;

    private static RequestSpecification as(String clientId) {
        return given().auth().oauth2(ZgwTokenSigner.sign(clientId, clientId + "-secret-0123456789", "", ""))
                .contentType("application/json");
    }

    private static String kanaal() {
        String naam = "k-" + UUID.randomUUID().toString().substring(0, 8);
        as("publisher").body(Map.of("naam", naam, "filters", List.of("bronorganisatie", "zaaktype")))
                .post(API + "/kanaal").then().statusCode(201);
        return naam;
    }

    private static void subscribe(Subscriber subscriber, String kanaal, Map<String, String> filters) {
        as("consumer").body(Map.of("callbackUrl", subscriber.url(), "auth", "Bearer van-de-abonnee",
                "kanalen", List.of(Map.of("naam", kanaal, "filters", filters)))).post(API + "/abonnement")
                .then().statusCode(201);
    }

    private static Map<String, Object> message(String kanaal, String resourceUrl, Map<String, String> kenmerken) {
        Map<String, Object> m = new HashMap<>();
        m.put("kanaal", kanaal);
        m.put("hoofdObject", resourceUrl);
        m.put("resource", "zaak");
        m.put("resourceUrl", resourceUrl);
        m.put("actie", "create");
        m.put("aanmaakdatum", "2026-11-24T10:00:00Z");
        m.put("kenmerken", kenmerken);
        return m;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met in 15 s");
            }
            Thread.sleep(50);
        }
    }

    private static boolean got(Subscriber s, String resourceUrl) {
        return s.received().stream().anyMatch(r -> r.body().contains(resourceUrl));
    }

    @Test
    void aMatchingMessageIsDeliveredWithTheAbonnementsAuth() throws Exception {
        try (Subscriber subscriber = Subscriber.start()) {
            String kanaal = kanaal();
            subscribe(subscriber, kanaal, Map.of("bronorganisatie", "123456782"));
            String skipped = "https://zaken.example.nl/zaken/api/v1/zaken/" + UUID.randomUUID();
            String wanted = "https://zaken.example.nl/zaken/api/v1/zaken/" + UUID.randomUUID();
            as("publisher").body(message(kanaal, skipped, Map.of("bronorganisatie", "999999999"))).post(API + "/notificaties")
                    .then().statusCode(200);
            as("publisher").body(message(kanaal, wanted, Map.of("bronorganisatie", "123456782", "zaaktype", "x")))
                    .post(API + "/notificaties").then().statusCode(200).body("kanaal", equalTo(kanaal));
            await(() -> got(subscriber, wanted));
            Subscriber.Received r = subscriber.received().stream().filter(x -> x.body().contains(wanted)).findFirst()
                    .orElseThrow();
            assertThat(r.authorization()).isEqualTo("Bearer van-de-abonnee");
            assertThat(r.body().replace(" ", "")).contains("\"actie\":\"create\"").contains("\"kanaal\":\"" + kanaal + "\"");
            assertThat(got(subscriber, skipped)).as("a message the filter excludes is never queued").isFalse();
            assertThat(count("SELECT count(*) FROM delivery d JOIN notificatie n ON n.id = d.notificatie_id "
                    + "WHERE n.message->>'resourceUrl' = '" + skipped + "'")).isZero();
        }
    }

    @Test
    void aWildcardFilterMatchesAnyValue() throws Exception {
        try (Subscriber subscriber = Subscriber.start()) {
            String kanaal = kanaal();
            subscribe(subscriber, kanaal, Map.of("zaaktype", "*"));
            String url = "https://zaken.example.nl/zaken/api/v1/zaken/" + UUID.randomUUID();
            as("publisher").body(message(kanaal, url, Map.of("zaaktype", "https://ztc/zaaktypen/9")))
                    .post(API + "/notificaties").then().statusCode(200);
            await(() -> got(subscriber, url));
        }
    }

    @Test
    void aSubscriberThatFailsAndRecoversGetsTheMessage() throws Exception {
        try (Subscriber subscriber = Subscriber.start()) {
            String kanaal = kanaal();
            subscribe(subscriber, kanaal, Map.of());
            subscriber.answer(503);
            String url = "https://zaken.example.nl/zaken/api/v1/zaken/" + UUID.randomUUID();
            as("publisher").body(message(kanaal, url, Map.of())).post(API + "/notificaties").then().statusCode(200);
            await(() -> subscriber.received().stream().filter(r -> r.body().contains(url)).count() >= 2);
            subscriber.answer(204);
            await(() -> status(url).equals("delivered"));
        }
    }

    /**
     * Notifications about one hoofdObject reach a subscriber in the order they were published, also
     * when the first fails and is retried: the later ones wait for it; another object's do not.
     */
    @Test
    void notificationsAboutOneObjectArriveInOrderAcrossARetry() throws Exception {
        try (Subscriber subscriber = Subscriber.start()) {
            String kanaal = kanaal();
            subscribe(subscriber, kanaal, Map.of());
            String zaak = "https://zaken.example.nl/zaken/api/v1/zaken/" + UUID.randomUUID();
            String ander = "https://zaken.example.nl/zaken/api/v1/zaken/" + UUID.randomUUID();
            subscriber.answer(503);
            List<String> urls = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Map<String, Object> m = message(kanaal, i == 0 ? zaak : zaak.replace("/zaken/", "/statussen/") + "-" + i, Map.of());
                m.put("hoofdObject", zaak);
                urls.add((String) m.get("resourceUrl"));
                as("publisher").body(m).post(API + "/notificaties").then().statusCode(200);
            }
            await(() -> subscriber.received().stream().filter(r -> r.body().contains(zaak)).count() >= 2);
            // while the zaak's first notification fails, another object's still goes out
            subscriber.answer(204);
            as("publisher").body(message(kanaal, ander, Map.of())).post(API + "/notificaties").then().statusCode(200);
            await(() -> urls.stream().allMatch(u -> status(u).equals("delivered")) && got(subscriber, ander));
            List<String> order = subscriber.received().stream().map(Subscriber.Received::body)
                    .filter(b -> b.contains(zaak) && !b.contains(ander)).map(b -> urls.stream()
                            .filter(u -> b.contains("\"resourceUrl\":\"" + u + "\"") || b.contains("\"resourceUrl\": \"" + u + "\""))
                            .findFirst().orElseThrow()).distinct().toList();
            assertThat(order).containsExactlyElementsOf(urls);
            // nothing of the zaak arrived before its first notification was delivered
            List<String> all = subscriber.received().stream().map(Subscriber.Received::body).filter(b -> b.contains(zaak))
                    .toList();
            assertThat(all.subList(0, all.size() - 3)).allMatch(b -> b.contains("\"resourceUrl\":\"" + zaak + "\"")
                    || b.contains("\"resourceUrl\": \"" + zaak + "\""));
        }
    }

    @Test
    void aSlowSubscriberDoesNotHoldUpTheOthers() throws Exception {
        try (Subscriber slow = Subscriber.start(); Subscriber fast = Subscriber.start()) {
            String kanaal = kanaal();
            subscribe(slow, kanaal, Map.of());
            subscribe(fast, kanaal, Map.of());
            slow.hold();
            List<String> urls = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String url = "https://zaken.example.nl/zaken/api/v1/zaken/" + UUID.randomUUID();
                urls.add(url);
                as("publisher").body(message(kanaal, url, Map.of())).post(API + "/notificaties").then().statusCode(200);
            }
            // every message reaches the fast subscriber while the slow one has not answered a single call
            await(() -> urls.stream().allMatch(u -> got(fast, u)));
            assertThat(urls.stream().map(u -> status(u, slow))).as("the slow deliveries are still in flight")
                    .contains("pending").doesNotContain("delivered");
            slow.release();
            await(() -> urls.stream().allMatch(u -> got(slow, u)));
        }
    }

    /**
     * A subscriber that takes the call and never answers. Its calls use at most its own slots
     * (3 here), the healthy subscriber gets everything meanwhile, and once its time-outs (2 s) reach
     * the breaker threshold (5) it is left alone: its deliveries wait, without using up attempts.
     */
    @Test
    void aHangingSubscriberHoldsOnlyItsOwnSlotsAndIsThenLeftAlone() throws Exception {
        try (Subscriber hanging = Subscriber.start(); Subscriber healthy = Subscriber.start()) {
            String kanaal = kanaal();
            subscribe(hanging, kanaal, Map.of());
            subscribe(healthy, kanaal, Map.of());
            hanging.hold();
            List<String> urls = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String url = "https://zaken.example.nl/zaken/api/v1/zaken/" + UUID.randomUUID();
                urls.add(url);
                as("publisher").body(message(kanaal, url, Map.of())).post(API + "/notificaties").then().statusCode(200);
            }
            await(() -> urls.stream().allMatch(u -> got(healthy, u)));
            String waiting = "SELECT count(*) FROM delivery d JOIN abonnement a ON a.uuid = d.abonnement_uuid "
                    + "WHERE a.callback_url = '" + hanging.url() + "' AND d.status = 'pending' "
                    + "AND d.next_attempt_at > now() + interval '15 seconds'";
            await(() -> {
                try {
                    return count(waiting) == urls.size();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(hanging.received().stream().filter(r -> urls.stream().anyMatch(r.body()::contains)).count())
                    .as("calls before the breaker opened: at most threshold + slots - 1")
                    .isLessThanOrEqualTo(5 + 3 - 1);
            assertThat(count("SELECT coalesce(max(d.attempts), 0) FROM delivery d JOIN abonnement a "
                    + "ON a.uuid = d.abonnement_uuid WHERE a.callback_url = '" + hanging.url() + "'"))
                    .as("no delivery burnt its attempts").isLessThan(3);
        }
    }

    @Test
    void aDeadSubscriberIsParkedAsFailedAfterTheLastAttempt() throws Exception {
        try (Subscriber subscriber = Subscriber.start()) {
            String kanaal = kanaal();
            subscribe(subscriber, kanaal, Map.of());
            subscriber.answer(500);
            String url = "https://zaken.example.nl/zaken/api/v1/zaken/" + UUID.randomUUID();
            as("publisher").body(message(kanaal, url, Map.of())).post(API + "/notificaties").then().statusCode(200);
            await(() -> status(url).equals("failed"));
            assertThat(subscriber.received().stream().filter(r -> r.body().contains(url)).count()).isEqualTo(3);
        }
    }

    @Test
    void operatorsSeeWhatFailedAndWhyAndCanResend() throws Exception {
        try (Subscriber subscriber = Subscriber.start()) {
            String kanaal = kanaal();
            String abonnement = as("consumer").body(Map.of("callbackUrl", subscriber.url(), "auth", "Bearer x",
                    "kanalen", List.of(Map.of("naam", kanaal)))).post(API + "/abonnement").then().statusCode(201)
                    .extract().path("url");
            String uuid = abonnement.substring(abonnement.lastIndexOf('/') + 1);
            subscriber.answer(500);
            String url = "https://zaken.example.nl/zaken/api/v1/zaken/" + UUID.randomUUID();
            as("publisher").body(message(kanaal, url, Map.of())).post(API + "/notificaties").then().statusCode(200);
            await(() -> status(url).equals("failed"));
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).containsPattern("(?m)^zgw_notificaties_deliveries\\{status=\"failed\"} [1-9]")
                    .containsPattern("(?m)^zgw_notificaties_deliveries\\{status=\"pending\"} [0-9]")
                    .containsPattern("(?m)^zgw_notificaties_delivery_lag_seconds [0-9]");
            String deliveries = API + "/beheer/abonnement/" + uuid + "/deliveries";
            int id = as("beheer").get(deliveries + "?status=failed").then().statusCode(200)
                    .body("[0].resourceUrl", equalTo(url))
                    .body("[0].attempts", equalTo(3))
                    .body("[0].lastError", equalTo("HTTP 500"))
                    .extract().path("[0].id");
            assertFout(as("consumer").get(deliveries).then(), 403, "permission_denied");
            assertValidatieFout(as("beheer").get(deliveries + "?status=weg").then(), "status", "invalid_choice");

            subscriber.answer(204);
            subscriber.hold(); // the resent call stays in flight
            as("beheer").post(deliveries + "/" + id + "/resend").then().statusCode(200).body("status", equalTo("pending"));
            // queued again, being sent: a second resend would send it twice at once
            assertValidatieFout(as("beheer").post(deliveries + "/" + id + "/resend").then(), "status", "invalid");
            subscriber.release();
            await(() -> status(url).equals("delivered"));
            assertFout(as("beheer").post(deliveries + "/999999999/resend").then(), 404, "not_found");
        }
    }

    @Inject
    DeliveryWorker worker;

    @Test
    void cleanupDropsOldFinishedDeliveriesButNeverPendingOnes() throws Exception {
        try (Subscriber subscriber = Subscriber.start()) {
            String kanaal = kanaal();
            subscribe(subscriber, kanaal, Map.of());
            String old = "https://zaken.example.nl/zaken/api/v1/zaken/" + UUID.randomUUID();
            String waiting = "https://zaken.example.nl/zaken/api/v1/zaken/" + UUID.randomUUID();
            as("publisher").body(message(kanaal, old, Map.of())).post(API + "/notificaties").then().statusCode(200);
            await(() -> status(old).equals("delivered"));
            subscriber.answer(500);
            as("publisher").body(message(kanaal, waiting, Map.of())).post(API + "/notificaties").then().statusCode(200);
            await(() -> status(waiting).equals("failed")); // the worker is done with it: no race below
            execute("UPDATE delivery SET delivered_at = now() - interval '40 days' WHERE status = 'delivered'");
            execute("UPDATE notificatie SET received_at = now() - interval '40 days'");
            execute("UPDATE delivery SET status = 'pending', next_attempt_at = now() + interval '1 day' "
                    + "WHERE notificatie_id IN (SELECT id FROM notificatie WHERE message->>'resourceUrl' = '" + waiting + "')");
            worker.cleanup();
            assertThat(status(old)).isEqualTo("none");
            assertThat(count("SELECT count(*) FROM notificatie WHERE message->>'resourceUrl' = '" + old + "'")).isZero();
            assertThat(status(waiting)).isEqualTo("pending");
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.executeUpdate();
        }
    }

    @Test
    void anUnknownKanaalIsRefused() {
        assertValidatieFout(as("publisher").body(message("bestaat-niet", "https://x.nl/1", Map.of()))
                .post(API + "/notificaties").then(), "kanaal", "kanaal-bestaat-niet");
    }

    @Test
    void aKenmerkTheKanaalDoesNotDeclareIsRefused() {
        assertValidatieFout(as("publisher").body(message(kanaal(), "https://x.nl/1", Map.of("geheim", "x")))
                .post(API + "/notificaties").then(), "kenmerken", "kenmerken-inconsistent");
    }

    @Test
    void aMissingFieldIsRequired() {
        Map<String, Object> m = message(kanaal(), "https://x.nl/1", Map.of());
        m.remove("actie");
        assertValidatieFout(as("publisher").body(m).post(API + "/notificaties").then(), "actie", "required");
    }

    @Test
    void onlyPublishersPublish() {
        assertFout(as("consumer").body(message(kanaal(), "https://x.nl/1", Map.of())).post(API + "/notificaties").then(),
                403, "permission_denied");
    }

    /** The status of the only delivery of the message with this resourceUrl; "none" when there is none. */
    private String status(String resourceUrl) {
        return only(resourceUrl, statuses(resourceUrl, null));
    }

    /** The status of the delivery of the message with this resourceUrl to {@code subscriber}. */
    private String status(String resourceUrl, Subscriber subscriber) {
        return only(resourceUrl, statuses(resourceUrl, subscriber.url()));
    }

    /** One delivery, or none: with more the answer would depend on which row the database returns first. */
    private static String only(String resourceUrl, List<String> statuses) {
        if (statuses.size() > 1) {
            throw new IllegalStateException(resourceUrl + " has " + statuses.size() + " deliveries " + statuses
                    + "; ask for the status of one subscriber's delivery");
        }
        return statuses.isEmpty() ? "none" : statuses.get(0);
    }

    private List<String> statuses(String resourceUrl, String callbackUrl) {
        String sql = "SELECT d.status FROM delivery d JOIN notificatie n ON n.id = d.notificatie_id "
                + "JOIN abonnement a ON a.uuid = d.abonnement_uuid WHERE n.message->>'resourceUrl' = ? "
                + (callbackUrl == null ? "" : "AND a.callback_url = ? ") + "ORDER BY d.id";
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, resourceUrl);
            if (callbackUrl != null) {
                q.setString(2, callbackUrl);
            }
            List<String> statuses = new java.util.ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    statuses.add(rs.getString(1));
                }
            }
            return statuses;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql);
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

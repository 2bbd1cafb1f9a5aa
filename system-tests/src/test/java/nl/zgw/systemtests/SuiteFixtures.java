package nl.zgw.systemtests;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** What several system tests build the same way. */
final class SuiteFixtures {

    private SuiteFixtures() {
    }

    /** A valid zaaktype body for the Catalogi API (a concept until published). */
    static Map<String, Object> zaaktype(String catalogus, String selectielijstProcestype) {
        Map<String, Object> body = new HashMap<>();
        body.put("identificatie", "SYS-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("omschrijving", "Systeemtest");
        body.put("vertrouwelijkheidaanduiding", "openbaar");
        body.put("doel", "d");
        body.put("aanleiding", "a");
        body.put("indicatieInternOfExtern", "extern");
        body.put("handelingInitiator", "h");
        body.put("onderwerp", "o");
        body.put("handelingBehandelaar", "h");
        body.put("doorlooptijd", "P30D");
        body.put("opschortingEnAanhoudingMogelijk", false);
        body.put("verlengingMogelijk", false);
        body.put("publicatieIndicatie", false);
        body.put("productenOfDiensten", List.of());
        if (selectielijstProcestype != null) {
            body.put("selectielijstProcestype", selectielijstProcestype);
        }
        body.put("referentieproces", Map.of("naam", "r"));
        body.put("verantwoordelijke", "v");
        body.put("catalogus", catalogus);
        body.put("besluittypen", List.of());
        body.put("deelzaaktypen", List.of());
        body.put("gerelateerdeZaaktypen", List.of());
        body.put("beginGeldigheid", "2024-01-01");
        body.put("versiedatum", "2024-01-01");
        return body;
    }

    /**
     * The operator view of the deliveries of an abonnement (given by its URL) that are still
     * pending: queued, leased or in flight. When it is empty, the Notificaties API will not call
     * the abonnement's callback again for any message it has stored so far.
     */
    static String pendingDeliveries(SuiteProcess nrc, String abonnement) {
        return nrc.url("/notificaties/api/v1/beheer/abonnement/" + abonnement.substring(abonnement.lastIndexOf('/') + 1)
                + "/deliveries?status=pending");
    }

    /** {@link #pendingDeliveries} at the host and port of the abonnement's own URL (a tenant's host). */
    static String pendingDeliveriesUrl(String abonnement) {
        return abonnement.replace("/notificaties/api/v1/abonnement/", "/notificaties/api/v1/beheer/abonnement/")
                + "/deliveries?status=pending";
    }

    /** Waits up to a minute for {@code condition}. */
    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met in 60 s");
            }
            Thread.sleep(100);
        }
    }
}

package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.zgw.shared.auth.CurrentCaller;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.PermissionDeniedException;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.zaken.zaak.ZaakRow;
import nl.zgw.zaken.zaak.Zaaktypen;

import java.util.List;
import java.util.UUID;

/**
 * What differs between the kinds of object inside a zaak: their rules, the typed columns they
 * fill, the scopes that change them and the fields computed on output. {@link Onderdelen} holds
 * what they share (authorisation, closed zaken, storage, notifications, audit trail).
 */
public abstract class OnderdeelKind<T extends Onderdeel> {

    protected static final String BIJWERKEN = "zaken.bijwerken";
    protected static final String GEFORCEERD_BIJWERKEN = "zaken.geforceerd-bijwerken";

    public abstract Soort soort();

    public abstract Class<T> type();

    /** The field that names the zaak. */
    protected String zaakField() {
        return "zaak";
    }

    /** Output fields that are computed, never stored. */
    protected String[] readOnly() {
        return new String[0];
    }

    /** The scopes of which one allows {@code actie} (create, update, partial_update, destroy) for the zaak's zaaktype. */
    protected List<String> scopes(String actie) {
        return List.of(BIJWERKEN, GEFORCEERD_BIJWERKEN);
    }

    /**
     * The scopes of an object that is added with the zaak ({@code zaken.aanmaken} may add it) and
     * removed with it ({@code zaken.verwijderen} may remove it): zaakobjecten, zaakinformatieobjecten.
     */
    protected static List<String> createdAtZaakAanmakenRemovedAtVerwijderen(String actie) {
        return switch (actie) {
            case "create" -> List.of("zaken.aanmaken", BIJWERKEN, GEFORCEERD_BIJWERKEN);
            case "destroy" -> List.of(BIJWERKEN, GEFORCEERD_BIJWERKEN, "zaken.verwijderen");
            default -> List.of(BIJWERKEN, GEFORCEERD_BIJWERKEN);
        };
    }

    /**
     * Checks the validated input against its zaak and the zaaktype, and returns what to store:
     * {@code data} is the input as JSON without read-only fields and may be completed here.
     */
    protected abstract OnderdeelRow toRow(UUID uuid, T in, ObjectNode data, ZaakRow zaak, OnderdeelRow existing);

    /**
     * The catalogue types the input names, read before the zaak is locked so that a slow Catalogi
     * API does not hold the lock (under the lock they come from the cache); errors surface later.
     */
    protected void prefetch(T in) {
    }

    /** What the input needs of other APIs for {@code zaak}, checked before the zaak is locked. */
    protected void vooraf(T in, ZaakRow zaak) {
    }

    /** Reads a type into the cache; what goes wrong is reported when the rules run. */
    protected static void warm(Zaaktypen zaaktypen, String url, String collection) {
        if (url == null || url.isEmpty()) {
            return;
        }
        try {
            zaaktypen.type(collection, url, collection);
        } catch (RuntimeException later) {
            // the rules report it, with the right field and code
        }
    }

    /** After the object is stored (also on update), in the same transaction. */
    protected void afterSave(OnderdeelRow row, ZaakRow zaak, OnderdeelRow previous) {
    }

    /** After the object is deleted, in the same transaction. */
    protected void afterDelete(OnderdeelRow row, ZaakRow zaak) {
    }

    /**
     * True when a new object is announced (notification, audit trail) by the kind's own use case
     * once more than this transaction has happened (a zaakinformatieobject: once its mirror exists),
     * with {@link Onderdelen#announceCreated}.
     */
    protected boolean announcesCreationItself() {
        return false;
    }

    /** Adds the computed fields to the representations of these rows (same order). */
    protected void complete(List<OnderdeelRow> rows, List<ObjectNode> nodes) {
    }

    /**
     * The catalogue type a field names (statustype, roltype, ...): it must exist in the Catalogi API
     * and belong to the zaak's zaaktype ({@code zaaktype-mismatch}, zrc-016 to zrc-020).
     */
    protected static JsonNode typeOfZaak(Zaaktypen zaaktypen, String field, String url, String collection, ZaakRow zaak) {
        JsonNode type = zaaktypen.type(field, url, collection);
        if (!zaak.zaaktype().equals(type.path("zaaktype").asText())) {
            throw new ValidationException(List.of(FieldValidationError.nonField("zaaktype-mismatch",
                    "Het " + field + " hoort niet bij het zaaktype van de zaak.")));
        }
        return type;
    }

    /** A short text for the audit trail. */
    protected String weergave(OnderdeelRow row) {
        return soort().resource() + " " + row.uuid();
    }

    /**
     * 403 unless the caller may make this change: one of {@link #scopes} for the zaak's zaaktype and
     * level, and {@code zaken.geforceerd-bijwerken} once the zaak is closed (zrc-007).
     */
    protected void requireMayChange(CurrentCaller caller, ZaakRow zaak, String actie, T in) {
        var level = Onderdelen.level(zaak);
        boolean allowed = scopes(actie).stream().anyMatch(s -> caller.allowedTypes(s).permits(zaak.zaaktype(), level));
        if (!allowed) {
            throw new PermissionDeniedException("Deze client mag de " + soort().collection() + " van deze zaak niet wijzigen.");
        }
        if (zaak.einddatum() != null && !caller.allowedTypes(GEFORCEERD_BIJWERKEN).permits(zaak.zaaktype(), level)) {
            throw new PermissionDeniedException("De zaak is afgesloten; alleen met " + GEFORCEERD_BIJWERKEN
                    + " te wijzigen.");
        }
    }
}

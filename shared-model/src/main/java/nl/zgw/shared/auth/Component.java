package nl.zgw.shared.auth;

import com.fasterxml.jackson.annotation.JsonValue;
import nl.zgw.shared.ref.ZgwApi;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The components an autorisatie applies to, with the scopes each one knows (as the specs and the
 * standard's scope pages name them).
 */
public enum Component {
    AC("ac", "Autorisaties API", Set.of("autorisaties.lezen", "autorisaties.bijwerken")),
    NRC("nrc", "Notificaties API", Set.of("notificaties.consumeren", "notificaties.publiceren")),
    ZRC("zrc", "Zaken API", Set.of("zaken.lezen", "zaken.aanmaken", "zaken.bijwerken", "zaken.verwijderen",
            "zaken.heropenen", "zaken.statussen.toevoegen", "zaken.geforceerd-bijwerken", "audittrails.lezen")),
    ZTC("ztc", "Catalogi API", Set.of("catalogi.lezen", "catalogi.schrijven", "catalogi.geforceerd-schrijven",
            "catalogi.geforceerd-verwijderen")),
    DRC("drc", "Documenten API", Set.of("documenten.lezen", "documenten.aanmaken", "documenten.bijwerken",
            "documenten.verwijderen", "documenten.lock", "documenten.geforceerd-unlock",
            "documenten.geforceerd-bijwerken", "audittrails.lezen")),
    BRC("brc", "Besluiten API", Set.of("besluiten.lezen", "besluiten.aanmaken", "besluiten.bijwerken",
            "besluiten.verwijderen", "audittrails.lezen"));

    private final String value;
    private final String weergave;
    private final Set<String> scopes;

    Component(String value, String weergave, Set<String> scopes) {
        this.value = value;
        this.weergave = weergave;
        this.scopes = scopes;
    }

    @JsonValue
    public String value() {
        return value;
    }

    /** The {@code componentWeergave}: what the component is called for people. */
    public String weergave() {
        return weergave;
    }

    public Set<String> scopes() {
        return scopes;
    }

    /** Whether this API keeps an audit trail (the standard gives it the scope {@code audittrails.lezen}). */
    public boolean keepsAuditTrail() {
        return scopes.contains("audittrails.lezen");
    }

    /** The component an API of the suite is. */
    public static Component of(ZgwApi api) {
        return switch (api) {
            case ZAKEN -> ZRC;
            case CATALOGI -> ZTC;
            case DOCUMENTEN -> DRC;
            case BESLUITEN -> BRC;
            case AUTORISATIES -> AC;
            case NOTIFICATIES -> NRC;
        };
    }

    /**
     * The component a scope is granted on: this service's own when it knows the scope, else the
     * one that does. The Catalogi API lets zaaktypen be read with {@code zaken.lezen} or
     * {@code documenten.lezen} (ztc-014): those are granted on the Zaken and Documenten APIs.
     */
    public static Component granting(String scope, Component own) {
        if (own.scopes.contains(scope)) {
            return own;
        }
        return Arrays.stream(values()).filter(c -> c.scopes.contains(scope)).findFirst().orElse(own);
    }

    public static Optional<Component> ofValue(String value) {
        return Arrays.stream(values()).filter(c -> c.value.equals(value)).findFirst();
    }
}

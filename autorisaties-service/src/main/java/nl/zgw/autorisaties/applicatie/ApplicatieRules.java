package nl.zgw.autorisaties.applicatie;

import nl.zgw.shared.auth.Component;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.shared.ref.ResourceUrl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of the standard an applicatie must meet on its own (ac-002, ac-003, known scopes, valid
 * type URLs, no client id twice). Uniqueness across applicaties (ac-001) needs the database and
 * lives in {@link ApplicatieService}.
 */
final class ApplicatieRules {

    private ApplicatieRules() {
    }

    static void check(Applicatie applicatie) {
        List<FieldValidationError> errors = new ArrayList<>();
        uniqueWithin(applicatie.clientIds(), errors);
        specificatie(applicatie, errors);
        List<AutorisatieBase> autorisaties = applicatie.autorisatiesOrEmpty();
        for (int i = 0; i < autorisaties.size(); i++) {
            autorisatie("autorisaties." + i, autorisaties.get(i), errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void uniqueWithin(List<String> clientIds, List<FieldValidationError> errors) {
        Set<String> seen = new HashSet<>();
        for (String clientId : clientIds) {
            if (!seen.add(clientId)) {
                errors.add(new FieldValidationError("clientIds", "clientId-exists",
                        "De client id '" + clientId + "' komt meer dan eens voor."));
            }
        }
    }

    /** ac-002: either heeftAlleAutorisaties, or autorisaties; never both, never neither. */
    private static void specificatie(Applicatie applicatie, List<FieldValidationError> errors) {
        boolean any = !applicatie.autorisatiesOrEmpty().isEmpty();
        if (applicatie.alleAutorisaties() && any) {
            errors.add(FieldValidationError.nonField("ambiguous-authorizations-specified",
                    "Geef ofwel heeftAlleAutorisaties, ofwel autorisaties op, niet beide."));
        } else if (!applicatie.alleAutorisaties() && !any) {
            errors.add(FieldValidationError.nonField("missing-authorizations",
                    "Geef autorisaties op, of zet heeftAlleAutorisaties."));
        }
    }

    /** ac-003 and the scopes and URLs of one autorisatie. */
    private static void autorisatie(String prefix, AutorisatieBase a, List<FieldValidationError> errors) {
        Component component = a.component();
        // a scope of any component is taken (as the reference implementation and VNG's ac-003b do); it
        // grants only on the component that knows it (Component.granting), so elsewhere it is inert
        for (String scope : a.scopesOrEmpty()) {
            if (java.util.Arrays.stream(Component.values()).noneMatch(c -> c.scopes().contains(scope))) {
                errors.add(new FieldValidationError(prefix + ".scopes", "invalid_choice",
                        "De scope '" + scope + "' bestaat niet."));
            }
        }
        switch (component) {
            case ZRC -> typeAndMaximum(prefix, a, "zaken.", "zaaktype", a.zaaktype(), errors);
            case DRC -> typeAndMaximum(prefix, a, "documenten.", "informatieobjecttype", a.informatieobjecttype(),
                    errors);
            case BRC -> {
                if (hasScopeOf(a, "besluiten.")) {
                    requireUrl(prefix + ".besluittype", a.besluittype(), errors);
                }
            }
            default -> {
            }
        }
    }

    private static void typeAndMaximum(String prefix, AutorisatieBase a, String scopePrefix, String typeField,
                                       String typeUrl, List<FieldValidationError> errors) {
        if (!hasScopeOf(a, scopePrefix)) {
            return;
        }
        requireUrl(prefix + "." + typeField, typeUrl, errors);
        if (a.maxVertrouwelijkheidaanduiding() == null) {
            errors.add(new FieldValidationError(prefix + ".maxVertrouwelijkheidaanduiding", "required",
                    "Dit veld is vereist voor autorisaties op component " + a.component().value() + "."));
        }
    }

    private static boolean hasScopeOf(AutorisatieBase a, String prefix) {
        return a.scopesOrEmpty().stream().anyMatch(s -> s.startsWith(prefix));
    }

    private static void requireUrl(String field, String value, List<FieldValidationError> errors) {
        try {
            ResourceUrl.parse(field, value);
        } catch (ValidationException e) {
            errors.addAll(e.invalidParams());
        }
    }
}

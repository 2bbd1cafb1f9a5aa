package nl.zgw.zaken.onderdeel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;
import nl.zgw.zaken.zaak.ZaakRow;
import nl.zgw.zaken.zaak.Zaaktypen;

import java.util.List;
import java.util.UUID;

/**
 * ZAAKOBJECT: an object by URL, by an identificatie of the shape of its objectType, or both; an
 * objectType {@code overige} says what it is; a zaakobjecttype belongs to the zaaktype.
 */
@ApplicationScoped
public class ZaakObjectKind extends OnderdeelKind<ZaakObject> {

    private final Zaaktypen zaaktypen;
    private final IdentificatieShapes shapes;

    public ZaakObjectKind(Zaaktypen zaaktypen, IdentificatieShapes shapes) {
        this.zaaktypen = zaaktypen;
        this.shapes = shapes;
    }

    @Override public Soort soort() { return Soort.ZAAKOBJECT; }

    @Override public Class<ZaakObject> type() { return ZaakObject.class; }

    @Override
    protected List<String> scopes(String actie) {
        return createdAtZaakAanmakenRemovedAtVerwijderen(actie);
    }

    @Override
    protected void prefetch(ZaakObject in) {
        warm(zaaktypen, in.zaakobjecttype(), "zaakobjecttypen");
    }

    @Override
    protected OnderdeelRow toRow(UUID uuid, ZaakObject in, ObjectNode data, ZaakRow zaak, OnderdeelRow existing) {
        if (!shapes.knownDiscriminator("zaakobject", in.objectType())) {
            throw ValidationException.of("objectType", "invalid_choice", "Onbekend objectType " + in.objectType() + ".");
        }
        if (in.zaakobjecttype() != null && !in.zaakobjecttype().isEmpty()) {
            typeOfZaak(zaaktypen, "zaakobjecttype", in.zaakobjecttype(), "zaakobjecttypen", zaak);
        }
        if ("overige".equals(in.objectType()) && (in.objectTypeOverige() == null || in.objectTypeOverige().isEmpty())
                && in.objectTypeOverigeDefinitie() == null) {
            throw ValidationException.of("objectTypeOverige", "required",
                    "Bij objectType overige hoort objectTypeOverige of objectTypeOverigeDefinitie.");
        }
        JsonNode identificatie = in.objectIdentificatie();
        boolean noIdentificatie = identificatie == null || identificatie.isNull() || identificatie.isEmpty();
        if ((in.object() == null || in.object().isEmpty()) && noIdentificatie) {
            throw new ValidationException(List.of(FieldValidationError.nonField("invalid-zaakobject",
                    "Geef object of objectIdentificatie op.")));
        }
        List<FieldValidationError> errors = shapes.validate("zaakobject", in.objectType(), identificatie,
                "objectIdentificatie");
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (identificatie == null || identificatie.isNull()) {
            data.remove("objectIdentificatie");
        }
        return new OnderdeelRow(uuid, soort(), zaak.uuid(), in.zaakobjecttype(), in.object(), in.objectType(), null, data);
    }
}

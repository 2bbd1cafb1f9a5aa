package nl.zgw.zaken.zaak.validation;

import nl.zgw.shared.problem.ValidationException;
import nl.zgw.zaken.zaak.Zaak;
import nl.zgw.zaken.zaak.ZaakRow;

/** The zaaktype and the identificatie of a zaak do not change once it exists. */
public final class Onveranderlijk {

    public static final String CODE = "wijzigen-niet-toegelaten";

    private Onveranderlijk() {
    }

    public static void zaaktype(ZaakRow existing, Zaak in) {
        if (!existing.zaaktype().equals(in.zaaktype())) {
            throw ValidationException.of("zaaktype", CODE, "Het zaaktype van een zaak wijzigt niet.");
        }
    }

    /** The identificatie the zaak keeps: the one it has, also when the client leaves it out. */
    public static String identificatie(ZaakRow existing, Zaak in) {
        String identificatie = in.identificatie() == null || in.identificatie().isEmpty()
                ? existing.identificatie() : in.identificatie();
        if (!identificatie.equals(existing.identificatie())) {
            throw ValidationException.of("identificatie", CODE, "De identificatie van een zaak wijzigt niet.");
        }
        return identificatie;
    }
}

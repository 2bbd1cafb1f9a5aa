package nl.zgw.besluiten.besluit.validation;

import nl.zgw.besluiten.besluit.Besluit;
import nl.zgw.besluiten.besluit.BesluitRow;
import nl.zgw.shared.problem.ValidationException;

/**
 * What a besluit keeps once it exists: its besluittype (brc-001), and its identificatie and
 * verantwoordelijkeOrganisatie (brc-002). The zaak it names does not change either: {@link ZaakRelatie}.
 */
public final class Onveranderlijk {

    public static final String CODE = "wijzigen-niet-toegelaten";

    private Onveranderlijk() {
    }

    public static void besluittype(BesluitRow existing, Besluit in) {
        if (!existing.besluittype().equals(in.besluittype())) {
            throw ValidationException.of("besluittype", CODE, "Het besluittype van een besluit wijzigt niet.");
        }
    }

    public static void verantwoordelijkeOrganisatie(BesluitRow existing, Besluit in) {
        if (!existing.verantwoordelijkeOrganisatie().equals(in.verantwoordelijkeOrganisatie())) {
            throw ValidationException.of("verantwoordelijkeOrganisatie", CODE,
                    "De verantwoordelijke organisatie van een besluit wijzigt niet.");
        }
    }

    /** The identificatie the besluit keeps: the one it has, also when the client leaves it out. */
    public static String identificatie(BesluitRow existing, Besluit in) {
        String identificatie = in.identificatie() == null || in.identificatie().isEmpty()
                ? existing.identificatie() : in.identificatie();
        if (!identificatie.equals(existing.identificatie())) {
            throw ValidationException.of("identificatie", CODE, "De identificatie van een besluit wijzigt niet.");
        }
        return identificatie;
    }
}

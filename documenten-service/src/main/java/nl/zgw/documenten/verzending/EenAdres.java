package nl.zgw.documenten.verzending;

import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;

import java.util.List;
import java.util.stream.Stream;

/** A verzending goes to exactly one address: one of the three postal forms, fax, e-mail, MijnOverheid or phone. */
public final class EenAdres {

    public static final String CODE = "invalid-address";

    private EenAdres() {
    }

    public static void check(Verzending v) {
        long adressen = Stream.of(v.binnenlandsCorrespondentieadres() != null, v.buitenlandsCorrespondentieadres() != null,
                v.correspondentiePostadres() != null, gevuld(v.faxnummer()), gevuld(v.emailadres()),
                Boolean.TRUE.equals(v.mijnOverheid()), gevuld(v.telefoonnummer())).filter(b -> b).count();
        if (adressen != 1) {
            throw new ValidationException(List.of(FieldValidationError.nonField(CODE,
                    "Een verzending heeft precies één adres (nu " + adressen + ").")));
        }
    }

    private static boolean gevuld(String waarde) {
        return waarde != null && !waarde.isBlank();
    }
}

package nl.zgw.documenten.informatieobject.validation;

import nl.zgw.shared.problem.FieldValidationError;
import nl.zgw.shared.problem.ValidationException;

import java.util.List;
import java.util.Objects;

/** The bestandsomvang a client gives matches the content it sends ({@code file-size}). */
public final class Bestandsomvang {

    public static final String CODE = "file-size";

    private Bestandsomvang() {
    }

    /** {@code inhoud}: the size of the content the document will have (null: none). */
    public static void check(Long bestandsomvang, Long inhoud) {
        if (inhoud != null && !Objects.equals(bestandsomvang, inhoud)) {
            throw new ValidationException(List.of(FieldValidationError.nonField(CODE,
                    "De grootte van de inhoud (" + inhoud + " bytes) past niet bij bestandsomvang " + bestandsomvang + ".")));
        }
    }
}

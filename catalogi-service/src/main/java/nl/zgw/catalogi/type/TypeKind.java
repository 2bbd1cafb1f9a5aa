package nl.zgw.catalogi.type;

import nl.zgw.catalogi.store.Soort;
import nl.zgw.catalogi.store.TypeRow;

import java.time.LocalDate;
import java.util.List;

/**
 * What one kind of type adds to the shared life cycle in {@link TypeService}: how client input
 * becomes a stored row (with its rules), and how a page of rows becomes representations (with the
 * derived fields, in a fixed number of queries per page).
 *
 * @param <T> the resource's representation
 */
public interface TypeKind<T> {

    Soort soort();

    Class<T> type();

    /**
     * Validates {@code input} and returns the row to store. {@code existing} is the stored row on
     * an update, {@code null} on a create; the returned row keeps its uuid, concept and volgorde.
     */
    TypeRow toRow(T input, TypeRow existing);

    /** The representations of {@code rows}, with references resolved to the versions valid on {@code datum}. */
    List<T> present(List<TypeRow> rows, LocalDate datum);

    /** Preconditions of publishing (publishable kinds only); throws a 400 when one is not met. */
    default void checkPublish(TypeRow row) {
    }
}

package nl.zgw.shared.expand;

import nl.zgw.shared.problem.ValidationException;

import java.util.Arrays;
import java.util.List;

/**
 * The paths of an {@code expand} parameter ({@code a,b.c}), each split into its fields, within the
 * bounds every API keeps so that one answer stays bounded: at most {@link #MAX_PATHS} paths of at
 * most {@link #MAX_DEPTH} fields (400 {@code invalid} on {@code expand} beyond that). The types can
 * refer to each other in cycles (zaaktype, catalogus, zaaktypen, ...), so depth needs a limit.
 */
public final class ExpandPaths {

    public static final int MAX_PATHS = 20;
    public static final int MAX_DEPTH = 4;

    private ExpandPaths() {
    }

    /** Empty for an absent or blank parameter. */
    public static List<List<String>> parse(String expand) {
        if (expand == null || expand.isBlank()) {
            return List.of();
        }
        String[] paths = expand.split(",");
        if (paths.length > MAX_PATHS) {
            throw ValidationException.of("expand", "invalid", "Vraag hooguit " + MAX_PATHS + " expansies.");
        }
        return Arrays.stream(paths).map(String::trim).map(path -> {
            List<String> fields = List.of(path.split("\\."));
            if (fields.size() > MAX_DEPTH) {
                throw ValidationException.of("expand", "invalid", "'" + path + "' gaat dieper dan "
                        + MAX_DEPTH + " niveaus.");
            }
            return fields;
        }).toList();
    }
}

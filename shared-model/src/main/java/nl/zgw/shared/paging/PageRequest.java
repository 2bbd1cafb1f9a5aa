package nl.zgw.shared.paging;

import nl.zgw.shared.problem.NotFoundException;
import nl.zgw.shared.problem.ValidationException;

/**
 * A requested page, numbered from 1. A page number that is not a positive integer, or a page past
 * the end of a non-empty set, is a 404 "Ongeldige pagina.", as the reference implementations
 * answer.
 */
public record PageRequest(int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 100;
    public static final int MAX_PAGE_SIZE = 500;

    public PageRequest {
        if (page < 1) {
            throw invalidPage();
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw ValidationException.of("pageSize", "invalid",
                    "Het aantal resultaten per pagina ligt tussen 1 en " + MAX_PAGE_SIZE + ".");
        }
    }

    /** Parses the raw {@code page} and {@code pageSize} query values; {@code null} means default. */
    public static PageRequest parse(String page, String pageSize, int defaultPageSize) {
        int number;
        try {
            number = page == null || page.isBlank() ? 1 : Integer.parseInt(page.trim());
        } catch (NumberFormatException e) {
            throw invalidPage();
        }
        return new PageRequest(number, parseInt("pageSize", pageSize, defaultPageSize));
    }

    public static PageRequest parse(String page) {
        return parse(page, null, DEFAULT_PAGE_SIZE);
    }

    /** Rows to skip; a long, so that a huge page number cannot overflow into a negative offset. */
    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    /** Throws 404 when this page lies beyond a set of {@code count} rows (page 1 always exists). */
    public void requireExists(long count) {
        if (page > 1 && offset() >= count) {
            throw invalidPage();
        }
    }

    private static NotFoundException invalidPage() {
        return new NotFoundException("Ongeldige pagina.");
    }

    private static int parseInt(String name, String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw ValidationException.of(name, "invalid", "Een geheel getal is vereist.");
        }
    }
}

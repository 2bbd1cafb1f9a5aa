package nl.zgw.shared.paging;

import java.net.URI;
import java.util.List;

/**
 * The ZGW list envelope {@code {count, next, previous, results}}; {@code next} and
 * {@code previous} are absolute URLs or {@code null}.
 */
public record Page<T>(long count, URI next, URI previous, List<T> results) {

    /**
     * The page for {@code request} of a set of {@code count} rows, with links built on the URL the
     * client called (as seen through the configured public base URL).
     */
    public static <T> Page<T> of(PageRequest request, long count, List<T> results, URI requestUrl) {
        URI next = request.offset() + request.pageSize() < count
                ? PageLinks.withPage(requestUrl, request.page() + 1) : null;
        URI previous = request.page() > 1 ? PageLinks.withPage(requestUrl, request.page() - 1) : null;
        return new Page<>(count, next, previous, List.copyOf(results));
    }
}

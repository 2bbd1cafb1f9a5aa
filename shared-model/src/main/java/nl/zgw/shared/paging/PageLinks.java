package nl.zgw.shared.paging;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Replaces the {@code page} query parameter of a URL, keeping every other parameter in order. */
final class PageLinks {

    private PageLinks() {
    }

    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw; // a malformed escape is kept as the client sent it
        }
    }

    static URI withPage(URI url, int page) {
        List<String> params = new ArrayList<>();
        String query = url.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String param : query.split("&")) {
                String name = decode(param.split("=", 2)[0]);
                if (!name.equals("page") && !param.isEmpty()) {
                    params.add(param);
                }
            }
        }
        params.add("page=" + URLEncoder.encode(Integer.toString(page), StandardCharsets.UTF_8));
        String base = url.toString();
        int q = base.indexOf('?');
        if (q >= 0) {
            base = base.substring(0, q);
        }
        int hash = base.indexOf('#');
        if (hash >= 0) {
            base = base.substring(0, hash);
        }
        return URI.create(base + "?" + String.join("&", params));
    }
}

package nl.zgw.notificaties.notificatie;

import java.util.Map;

/**
 * Whether a message's kenmerken match an abonnement's filters: every filter kenmerk must be present
 * with the same value, or the filter value is {@code *} (any value).
 */
final class Filters {

    private Filters() {
    }

    static boolean match(Map<String, String> filters, Map<String, String> kenmerken) {
        if (filters == null || filters.isEmpty()) {
            return true;
        }
        for (Map.Entry<String, String> f : filters.entrySet()) {
            String value = kenmerken == null ? null : kenmerken.get(f.getKey());
            if (!"*".equals(f.getValue()) && (value == null || !value.equals(f.getValue()))) {
                return false;
            }
        }
        return true;
    }
}

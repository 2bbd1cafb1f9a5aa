package nl.zgw.notificaties.notificatie;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One circuit breaker per callback URL, in this replica: after {@code threshold} failures in a row
 * the callback is not called for a while (doubling per further failure, up to a maximum), and its
 * deliveries wait without using up attempts. One success closes it. So a dead subscriber neither
 * ties up delivery capacity nor burns through its own retries in minutes.
 */
final class CircuitBreakers {

    private record State(int failures, long openUntil) {
    }

    private final int threshold;
    private final long openMillis;
    private final long maxOpenMillis;
    private final LongSupplier clock;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    CircuitBreakers(int threshold, Duration open, Duration maxOpen, LongSupplier clock) {
        this.threshold = threshold;
        this.openMillis = open.toMillis();
        this.maxOpenMillis = maxOpen.toMillis();
        this.clock = clock;
    }

    /** 0 when the callback may be called now; else until when (epoch millis) it may not. */
    long openUntil(String callback) {
        State s = states.get(callback);
        return s == null || s.openUntil() <= clock.getAsLong() ? 0 : s.openUntil();
    }

    void success(String callback) {
        states.remove(callback);
    }

    void failure(String callback) {
        states.compute(callback, (k, s) -> {
            int failures = s == null ? 1 : s.failures() + 1;
            if (failures < threshold) {
                return new State(failures, 0);
            }
            long open = Math.min(maxOpenMillis, openMillis << Math.min(failures - threshold, 20));
            return new State(failures, clock.getAsLong() + open);
        });
    }
}

package nl.zgw.notificaties.notificatie;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One circuit breaker per callback URL, in this replica, that also bounds the calls in flight to
 * that callback. A subscriber that accepts connections but never answers can so hold at most
 * {@code perCallback} of the worker's call slots, until its time-outs open the breaker.
 * <ul>
 * <li>closed: up to {@code perCallback} calls at once;</li>
 * <li>open, after {@code threshold} failures in a row: no calls for a while (doubling per further
 * failure, up to a maximum); the deliveries wait without using up attempts;</li>
 * <li>half-open, when that time is up: one trial call; its success closes the breaker, its failure
 * opens it again for twice as long.</li>
 * </ul>
 */
final class CircuitBreakers {

    /** What {@link #admit} answers when the callback's slots are all in use. */
    static final long BUSY = -1;

    private record State(int failures, long openUntil, int inFlight) {
    }

    private final int threshold;
    private final long openMillis;
    private final long maxOpenMillis;
    private final int perCallback;
    private final LongSupplier clock;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    CircuitBreakers(int threshold, Duration open, Duration maxOpen, int perCallback, LongSupplier clock) {
        this.threshold = threshold;
        this.openMillis = open.toMillis();
        this.maxOpenMillis = maxOpen.toMillis();
        this.perCallback = perCallback;
        this.clock = clock;
    }

    /**
     * Asks to call the callback now. 0: the call may go and counts as in flight until
     * {@link #success} or {@link #failure}; {@link #BUSY}: its slots are all in use; otherwise the
     * breaker is open, and this is the epoch millis until which the delivery waits.
     */
    long admit(String callback) {
        long[] wait = {0};
        states.compute(callback, (k, s) -> {
            if (s == null) {
                return new State(0, 0, 1);
            }
            long now = clock.getAsLong();
            if (s.openUntil() > now) {
                wait[0] = s.openUntil();
                return s;
            }
            if (s.inFlight() >= slots(s)) {
                wait[0] = BUSY;
                return s;
            }
            return new State(s.failures(), s.openUntil(), s.inFlight() + 1);
        });
        return wait[0];
    }

    /** 0 when the callback is not open; else until when (epoch millis) it is. */
    long openUntil(String callback) {
        State s = states.get(callback);
        return s == null || s.openUntil() <= clock.getAsLong() ? 0 : s.openUntil();
    }

    /**
     * The callbacks whose every slot is in use: their deliveries are not claimed until a call ends.
     * (Those of an open breaker are claimed once and moved to its end, so they leave the due set.)
     */
    List<String> busy() {
        return states.entrySet().stream().filter(e -> e.getValue().inFlight() >= slots(e.getValue()))
                .map(Map.Entry::getKey).toList();
    }

    /** Gives back an admitted slot whose call was not made after all: no success, no failure. */
    void cancel(String callback) {
        states.computeIfPresent(callback, (k, s) -> s.inFlight() <= 1 && s.failures() == 0 && s.openUntil() == 0 ? null
                : new State(s.failures(), s.openUntil(), Math.max(0, s.inFlight() - 1)));
    }

    void success(String callback) {
        states.computeIfPresent(callback, (k, s) -> s.inFlight() <= 1 ? null : new State(0, 0, s.inFlight() - 1));
    }

    void failure(String callback) {
        states.compute(callback, (k, s) -> {
            int failures = s == null ? 1 : s.failures() + 1;
            int inFlight = s == null ? 0 : Math.max(0, s.inFlight() - 1);
            if (failures < threshold) {
                return new State(failures, 0, inFlight);
            }
            long open = Math.min(maxOpenMillis, openMillis << Math.min(failures - threshold, 20));
            return new State(failures, clock.getAsLong() + open, inFlight);
        });
    }

    /** Half-open (failed past the threshold, time up): a single trial call. */
    private int slots(State s) {
        return s.failures() >= threshold ? 1 : perCallback;
    }
}

package nl.zgw.shared.tenant;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * For a background loop that goes through every tenant (ADR 0022): a tenant whose rounds find no
 * work is looked at less and less often, from the loop's interval up to eight times it, so that a
 * hundred idle tenants do not cost a hundred queries per interval; work found, or a change this
 * replica committed for it ({@link #wek}), brings it back to every round. Rows written by another
 * replica wait at most eight intervals (that replica wakes its own loop at once). Each pass goes
 * through the tenants served at that moment (added and removed ones included: {@link TenantBeheer}).
 * Without declared tenants every round is due, as before.
 */
public final class RustendeTenants {

    private static final int MAX_FACTOR = 8;

    private final boolean declared;
    private final Supplier<List<Tenant>> all;
    private final long interval;
    private final LongSupplier now;
    private final Map<Tenant, Staat> staten = new ConcurrentHashMap<>();

    /** One tenant's rest: until when, the last step, and the wake-ups (counted, so none is lost to a round under way). */
    private static final class Staat {
        volatile long rustTot;
        long stap;
        long gezien;
        final AtomicLong gewekt = new AtomicLong();
    }

    public RustendeTenants(Tenants tenants, Duration interval) {
        this(tenants.declared(), tenants::all, interval, System::currentTimeMillis);
    }

    RustendeTenants(boolean declared, Supplier<List<Tenant>> all, Duration interval, LongSupplier now) {
        this.declared = declared;
        this.all = all;
        this.interval = Math.max(1, interval.toMillis());
        this.now = now;
    }

    /**
     * One pass of a background loop: {@code ronde} for each tenant that is due (every one with
     * {@code allen}), bound to it, as long as {@code doorgaan} holds; whether any found work (a
     * non-zero answer). A round handles its own failures, so one tenant's cannot stop the others'.
     */
    public boolean ronde(BooleanSupplier doorgaan, boolean allen, ToIntFunction<Tenant> ronde) {
        boolean werk = false;
        List<Tenant> tenants = all.get();
        if (staten.size() > tenants.size()) {
            staten.keySet().retainAll(new java.util.HashSet<>(tenants)); // tenants no longer served
        }
        for (Tenant tenant : tenants) {
            if (!doorgaan.getAsBoolean()) {
                return werk;
            }
            if (!aanDeBeurt(tenant) && !allen) {
                continue;
            }
            boolean gevonden = CurrentTenant.call(tenant, () -> ronde.applyAsInt(tenant)) != 0;
            gedaan(tenant, gevonden);
            werk |= gevonden;
        }
        return werk;
    }

    /** Whether {@code tenant} is due a round now (called by the loop, before the round). */
    public boolean aanDeBeurt(Tenant tenant) {
        if (!declared) {
            return true;
        }
        Staat s = staten.computeIfAbsent(tenant, t -> new Staat());
        if (now.getAsLong() < s.rustTot) {
            return false;
        }
        s.gezien = s.gewekt.get();
        return true;
    }

    /**
     * What {@code tenant}'s round found (called by the loop, after it): work, or a wake-up while it
     * ran, keeps it due every round; nothing lets it rest longer.
     */
    public void gedaan(Tenant tenant, boolean werk) {
        if (!declared) {
            return;
        }
        Staat s = staten.computeIfAbsent(tenant, t -> new Staat());
        if (werk || s.gewekt.get() != s.gezien) {
            s.stap = 0;
            s.rustTot = 0;
            return;
        }
        s.stap = s.stap == 0 ? interval : Math.min(s.stap * 2, interval * MAX_FACTOR);
        s.rustTot = now.getAsLong() + s.stap;
    }

    /** This replica committed work for the current tenant: it is due at the next round. */
    public void wek() {
        if (!declared) {
            return;
        }
        CurrentTenant.get().ifPresent(t -> {
            Staat s = staten.computeIfAbsent(t, x -> new Staat());
            s.gewekt.incrementAndGet();
            s.rustTot = 0;
        });
    }
}

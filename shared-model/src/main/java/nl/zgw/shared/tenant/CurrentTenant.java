package nl.zgw.shared.tenant;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import org.jboss.logging.MDC;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The tenant the code on this thread works for. A request is bound by {@link TenantRoute} (in its
 * Vert.x request context, which follows the request onto worker threads); work without a request
 * (workers, continuations of outbound calls) runs under {@link #run}. Nothing else sets it: the
 * database connection, resource URLs and caches all ask here.
 */
public final class CurrentTenant {

    private static final String KEY = "zgw.tenant";
    private static final ThreadLocal<Tenant> BOUND = new ThreadLocal<>();

    private CurrentTenant() {
    }

    /** The tenant bound to this thread or request, if any. */
    public static Optional<Tenant> get() {
        Tenant bound = BOUND.get();
        if (bound != null) {
            return Optional.of(bound);
        }
        Context context = Vertx.currentContext();
        if (context != null && VertxContext.isDuplicatedContext(context)) {
            return ContextLocals.<Tenant>get(KEY);
        }
        return Optional.empty();
    }

    /** For a log line of work done for a tenant: {@code " of tenant utrecht"}, nothing without a declared tenant. */
    public static String inLog() {
        return get().filter(t -> !t.impliciet()).map(t -> " of tenant " + t.id()).orElse("");
    }

    /** Binds {@code tenant} to the request whose (duplicated) Vert.x context is current. */
    static void bindRequest(Tenant tenant) {
        ContextLocals.put(KEY, tenant);
    }

    /** The MDC key of the tenant in log lines (a field of JSON logs); absent without a declared tenant. */
    public static final String LOG_KEY = "tenant";

    /**
     * {@code task} for a new thread: it starts without the tenant of the thread that made it in its
     * log lines (a thread inherits a copy of its maker's MDC), each task binds its own.
     */
    public static Runnable nieuweDraad(Runnable task) {
        return () -> {
            MDC.remove(LOG_KEY);
            task.run();
        };
    }

    /** Log lines written from here on, on this thread or request, carry {@code tenant}'s id. */
    public static void inLogLines(Tenant tenant) {
        if (tenant.impliciet()) {
            MDC.remove(LOG_KEY);
        } else {
            MDC.put(LOG_KEY, tenant.id());
        }
    }

    /** Runs {@code task} for {@code tenant} on this thread, then restores what was bound before. */
    public static void run(Tenant tenant, Runnable task) {
        call(tenant, () -> {
            task.run();
            return null;
        });
    }

    public static <T> T call(Tenant tenant, Supplier<T> task) {
        try {
            return callChecked(tenant, task::get);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // a Supplier throws no checked exception
        }
    }

    /** {@link #call} for work that may throw checked exceptions. */
    public static <T> T callChecked(Tenant tenant, Callable<T> task) throws Exception {
        Tenant before = BOUND.get();
        Object logBefore = MDC.get(LOG_KEY);
        BOUND.set(tenant);
        inLogLines(tenant);
        try {
            return task.call();
        } finally {
            if (before == null) {
                BOUND.remove();
            } else {
                BOUND.set(before);
            }
            if (logBefore == null) {
                MDC.remove(LOG_KEY);
            } else {
                MDC.put(LOG_KEY, logBefore);
            }
        }
    }

    /** {@code executor}, its tasks run for the tenant current now (when this is called), whoever submits them. */
    public static Executor boundNow(Executor executor) {
        Optional<Tenant> now = get();
        if (now.isEmpty()) {
            return executor;
        }
        Tenant tenant = now.get();
        return task -> executor.execute(() -> run(tenant, task));
    }
}

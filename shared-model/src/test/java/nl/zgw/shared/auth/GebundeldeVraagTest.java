package nl.zgw.shared.auth;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Shared asks: one at a time per key, the waiting ones share the next, a failure is everyone's. */
class GebundeldeVraagTest {

    private final GebundeldeVraag<String, Integer> gebundeld = new GebundeldeVraag<>();
    private final AtomicInteger asks = new AtomicInteger();

    @Test
    void aloneEveryAskRunsAtOnce() {
        assertThat(gebundeld.vraag("k", asks::incrementAndGet)).isEqualTo(1);
        assertThat(gebundeld.vraag("k", asks::incrementAndGet)).isEqualTo(2);
        assertThat(gebundeld.inBehandeling()).isZero();
    }

    @Test
    void askersArrivingDuringAnAskShareTheNextAndAFailureIsTheirsToo() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(7, r -> {
            Thread t = new Thread(r);
            threads.add(t);
            return t;
        });
        try {
            Future<Integer> first = pool.submit(() -> gebundeld.vraag("k", () -> {
                int n = asks.incrementAndGet();
                await(release);
                return n;
            }));
            while (asks.get() < 1) {
                Thread.sleep(5);
            }
            List<Future<Integer>> later = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                later.add(pool.submit(() -> gebundeld.vraag("k", () -> {
                    asks.incrementAndGet();
                    throw new IllegalStateException("second ask failed");
                })));
            }
            Future<Integer> otherKey = pool.submit(() -> gebundeld.vraag("other", () -> 42));
            assertThat(otherKey.get()).isEqualTo(42); // another key does not wait
            untilAllWait(threads, 7); // the first, the five, and the idle thread of the other key
            assertThat(asks.get()).isEqualTo(1);
            release.countDown();
            assertThat(first.get()).isEqualTo(1);
            for (Future<Integer> f : later) {
                assertThatThrownBy(f::get).hasCauseInstanceOf(IllegalStateException.class);
            }
            assertThat(asks.get()).isEqualTo(2);
            assertThat(gebundeld.inBehandeling()).isZero(); // nothing kept once the asks ended
            assertThat(gebundeld.vraag("k", () -> 7)).isEqualTo(7);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits (at most 10 s) until {@code n} of the threads are parked: busy with their task, waiting. */
    static void untilAllWait(List<Thread> threads, int n) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (threads.stream().filter(t -> t.getState() == Thread.State.WAITING).count() < n) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the askers did not all wait: " + threads.stream().map(Thread::getState).toList());
            }
            Thread.sleep(5);
        }
    }
}

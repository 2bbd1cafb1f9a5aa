package nl.zgw.notificaties.notificatie;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class CircuitBreakersTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final CircuitBreakers breakers = new CircuitBreakers(3, Duration.ofSeconds(10), Duration.ofSeconds(60),
            2, now::get);

    private void fail(String callback, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(breakers.admit(callback)).isZero();
            breakers.failure(callback);
        }
    }

    @Test
    void opensAfterTheThresholdAndDoublesUpToTheMaximum() {
        fail("a", 2);
        assertThat(breakers.openUntil("a")).isZero();
        fail("a", 1);
        assertThat(breakers.openUntil("a")).isEqualTo(now.get() + 10_000);
        assertThat(breakers.admit("a")).as("an open breaker admits nothing").isEqualTo(now.get() + 10_000);
        breakers.failure("a"); // a call that was in flight before it opened
        assertThat(breakers.openUntil("a")).isEqualTo(now.get() + 20_000);
        for (int i = 0; i < 10; i++) {
            breakers.failure("a");
        }
        assertThat(breakers.openUntil("a")).isEqualTo(now.get() + 60_000);
    }

    @Test
    void halfOpenAdmitsOneTrialCallWhoseOutcomeDecides() {
        fail("a", 3);
        now.addAndGet(10_001);
        assertThat(breakers.openUntil("a")).isZero();
        assertThat(breakers.admit("a")).as("the trial call").isZero();
        assertThat(breakers.admit("a")).as("no second call while the trial runs")
                .isEqualTo(CircuitBreakers.BUSY);
        assertThat(breakers.busy()).containsExactly("a");
        breakers.failure("a");
        assertThat(breakers.openUntil("a")).as("a failed trial opens it twice as long").isEqualTo(now.get() + 20_000);

        now.addAndGet(20_001);
        assertThat(breakers.admit("a")).isZero();
        breakers.success("a");
        assertThat(breakers.openUntil("a")).isZero();
        assertThat(breakers.admit("a")).as("closed again: the full number of slots").isZero();
        assertThat(breakers.admit("a")).isZero();
        assertThat(breakers.admit("a")).isEqualTo(CircuitBreakers.BUSY);
    }

    @Test
    void aCallbackHoldsNoMoreThanItsSlots() {
        assertThat(breakers.admit("slow")).isZero();
        assertThat(breakers.admit("slow")).isZero();
        assertThat(breakers.admit("slow")).isEqualTo(CircuitBreakers.BUSY);
        assertThat(breakers.busy()).containsExactly("slow");
        breakers.success("slow");
        assertThat(breakers.busy()).isEmpty();
        assertThat(breakers.admit("slow")).isZero();
    }

    @Test
    void aSlotGivenBackIsFreeAgainWithoutCountingAsAnOutcome() {
        assertThat(breakers.admit("a")).isZero();
        assertThat(breakers.admit("a")).isZero();
        breakers.cancel("a");
        assertThat(breakers.busy()).isEmpty();
        assertThat(breakers.admit("a")).isZero();
        fail("b", 2);
        assertThat(breakers.admit("b")).isZero();
        breakers.cancel("b"); // no success: the failures in a row stay
        fail("b", 1);
        assertThat(breakers.openUntil("b")).as("the third failure in a row opens it").isPositive();
    }

    @Test
    void callbacksAreIndependent() {
        fail("dead", 3);
        assertThat(breakers.openUntil("dead")).isPositive();
        assertThat(breakers.openUntil("alive")).isZero();
        assertThat(breakers.admit("alive")).isZero();
        assertThat(breakers.busy()).as("open, not busy: its deliveries are claimed and moved to its end").isEmpty();
    }
}

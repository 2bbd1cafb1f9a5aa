package nl.zgw.notificaties.notificatie;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class CircuitBreakersTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final CircuitBreakers breakers = new CircuitBreakers(3, Duration.ofSeconds(10), Duration.ofSeconds(60),
            now::get);

    @Test
    void opensAfterTheThresholdAndDoublesUpToTheMaximum() {
        breakers.failure("a");
        breakers.failure("a");
        assertThat(breakers.openUntil("a")).isZero();
        breakers.failure("a");
        assertThat(breakers.openUntil("a")).isEqualTo(now.get() + 10_000);
        breakers.failure("a");
        assertThat(breakers.openUntil("a")).isEqualTo(now.get() + 20_000);
        for (int i = 0; i < 10; i++) {
            breakers.failure("a");
        }
        assertThat(breakers.openUntil("a")).isEqualTo(now.get() + 60_000);
    }

    @Test
    void closesWhenTheTimeIsUpOrOnSuccess() {
        for (int i = 0; i < 3; i++) {
            breakers.failure("a");
        }
        now.addAndGet(10_001);
        assertThat(breakers.openUntil("a")).isZero();
        breakers.failure("a");
        assertThat(breakers.openUntil("a")).isPositive();
        breakers.success("a");
        assertThat(breakers.openUntil("a")).isZero();
    }

    @Test
    void callbacksAreIndependent() {
        for (int i = 0; i < 3; i++) {
            breakers.failure("dead");
        }
        assertThat(breakers.openUntil("dead")).isPositive();
        assertThat(breakers.openUntil("alive")).isZero();
    }
}

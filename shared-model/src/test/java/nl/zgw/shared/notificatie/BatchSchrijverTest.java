package nl.zgw.shared.notificatie;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer records outcomes in batches, goes on after a batch it could not record, and records the rest at stop. */
class BatchSchrijverTest {

    @Test
    void aBatchThatCannotBeRecordedDoesNotStopTheWriter() throws Exception {
        List<Integer> recorded = new CopyOnWriteArrayList<>();
        AtomicBoolean fail = new AtomicBoolean(true);
        Semaphore done = new Semaphore(0);
        BatchSchrijver<Integer> schrijver = new BatchSchrijver<>(batch -> {
            if (fail.getAndSet(false)) {
                done.release();
                throw new IllegalStateException("SET search_path failed");
            }
            recorded.addAll(batch);
        }, done::release);
        schrijver.start("test-writer");
        schrijver.add(1);
        assertThat(done.tryAcquire(5, TimeUnit.SECONDS)).isTrue(); // the failed batch
        schrijver.add(2);
        schrijver.add(3);
        long end = System.nanoTime() + 5_000_000_000L;
        while (recorded.size() < 2 && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(recorded).containsExactly(2, 3);
        schrijver.stop();
    }
}

package nl.zgw.shared.notificatie;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which answers of the Notificaties API park an outbox message and which are tried again. */
class OutboxRefusalTest {

    @ParameterizedTest
    @ValueSource(ints = {400, 413, 422})
    void theMessageItselfRefusedIsParked(int status) {
        assertThat(OutboxDispatcher.refusedForGood(status)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403, 404, 405, 408, 409, 410, 415, 429, 500, 502, 503, 504, 302})
    void whatAnOperatorOrTimeCanMendIsTriedAgain(int status) {
        assertThat(OutboxDispatcher.refusedForGood(status)).isFalse();
    }
}

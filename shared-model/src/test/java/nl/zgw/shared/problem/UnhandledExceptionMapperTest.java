package nl.zgw.shared.problem;

import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** What reaches the last-resort mapper and is not a server error. */
class UnhandledExceptionMapperTest {

    @Test
    void aClientThatClosedItsConnectionMidBodyIsNotAServerError() {
        // the chain Quarkus REST hands over when the connection closes while the body is read
        Response r = new UnhandledExceptionMapper().toResponse(
                new IOException(new IOException(new HttpClosedException("Connection was closed"))));
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(((ValidatieFout) r.getEntity()).code()).isEqualTo("connection-closed");
    }

    @Test
    void anythingElseUnforeseenStaysA500() {
        Response r = new UnhandledExceptionMapper().toResponse(new IOException("disk on fire"));
        assertThat(r.getStatus()).isEqualTo(500);
    }
}

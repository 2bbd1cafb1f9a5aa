package nl.zgw.autorisaties.notificatie;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.autorisaties.AutorisatiesTest;
import nl.zgw.shared.notificatie.Notificatie;
import nl.zgw.shared.notificatie.Outbox;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static nl.zgw.testsupport.http.ProblemAssertions.assertFout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each change of an applicatie leaves its notification in the outbox; a refused change leaves none. */
@QuarkusTest
class ApplicatieNotificatieTest extends AutorisatiesTest {

    @Inject
    DataSource dataSource;

    @Test
    void createUpdateAndDeleteAreInTheOutboxInOrder() throws Exception {
        String url = create(applicatie());
        asAdmin().body(Map.of("label", "Anders")).patch(path(url)).then().statusCode(200);
        asAdmin().delete(path(url)).then().statusCode(204);
        assertFout(as("test-reader").get(path(url)).then(), 404, "not_found");
        List<String> messages = messagesFor(url);
        assertThat(messages).hasSize(3);
        assertThat(messages.get(0)).contains("\"actie\":\"create\"").contains("\"kanaal\":\"autorisaties\"")
                .contains("\"resource\":\"applicatie\"").contains("\"resourceUrl\":\"" + url + "\"");
        assertThat(messages.get(1)).contains("\"actie\":\"partial_update\"");
        assertThat(messages.get(2)).contains("\"actie\":\"destroy\"");
    }

    @Test
    void aRefusedChangeLeavesNoNotification() throws Exception {
        String url = create(applicatie());
        asAdmin().body(Map.of("heeftAlleAutorisaties", true)).patch(path(url)).then().statusCode(400);
        assertThat(messagesFor(url)).hasSize(1); // only the create
    }

    @Inject
    Outbox outbox;

    @Test
    void aNotificationIsWrittenOnlyIfItsTransactionCommits() throws Exception {
        String object = "https://autorisaties.example.nl/autorisaties/api/v1/applicaties/" + UUID.randomUUID();
        Notificatie notificatie = new Notificatie("autorisaties", object, "applicatie", object, "update",
                OffsetDateTime.now(), Map.of());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.add(notificatie);
            throw new IllegalStateException("the change fails after its notification was written");
        })).hasMessageContaining("fails after");
        assertThat(messagesFor(object)).as("rolled back with its change").isEmpty();

        QuarkusTransaction.requiringNew().run(() -> outbox.add(notificatie));
        assertThat(messagesFor(object)).hasSize(1);
        assertThatThrownBy(() -> outbox.add(notificatie)).as("never outside a transaction")
                .isInstanceOf(IllegalStateException.class);
    }

    private List<String> messagesFor(String url) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT message FROM notificatie_outbox WHERE hoofd_object = ? ORDER BY id")) {
            q.setString(1, url);
            List<String> messages = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    messages.add(rs.getString(1));
                }
            }
            return messages;
        }
    }
}

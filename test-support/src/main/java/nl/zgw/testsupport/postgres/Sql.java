package nl.zgw.testsupport.postgres;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Plain SQL in a test, on the service's own database: to write past the API and to check what is stored. */
public final class Sql {

    private Sql() {
    }

    /** Runs {@code statement} in a transaction of its own. */
    public static void execute(DataSource dataSource, String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    /** The first column of the first row of {@code query}, a number. */
    public static long number(DataSource dataSource, String query) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of every row of {@code query}, as text, in order. */
    public static List<String> column(DataSource dataSource, String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /**
     * The rows of {@code query} as a map: the last column (a number) by the other columns joined
     * with a space; e.g. counts per key, to compare two ways of counting.
     */
    public static Map<String, Long> perKey(DataSource dataSource, String query) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder key = new StringBuilder();
                for (int i = 1; i < columns; i++) {
                    key.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                out.put(key.toString(), rs.getLong(columns));
            }
        }
        return out;
    }
}

package dev.passkeyautopilot.it.harness;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Plain JDBC against Keycloak's database, for assertions REST cannot make (rows in our own tables, what
 * exactly was stored). Each call opens its own connection: tests are few and clarity beats pooling here.
 * PostgreSQL folds unquoted names to lower case: write {@code select count(*) from credential}.
 */
public final class Sql {

    private final String jdbcUrl;
    private final String user;
    private final String password;

    public Sql(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** A new connection; the caller closes it. */
    public Connection connect() {
        try {
            return DriverManager.getConnection(jdbcUrl, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("connecting to " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    /** The rows of a query, each as column label (lower case) to value, in column order. */
    public List<Map<String, Object>> query(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData meta = rows.getMetaData();
            List<Map<String, Object>> result = new ArrayList<>();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rows.getObject(i));
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** A single number, e.g. {@code count("select count(*) from credential where user_id = ?", id)}. */
    public long count(String sql, Object... parameters) {
        List<Map<String, Object>> rows = query(sql, parameters);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new IllegalStateException("expected one row with one column from: " + sql + ", got " + rows);
        }
        Object value = rows.get(0).values().iterator().next();
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("expected a number from: " + sql + ", got " + value);
        }
        return number.longValue();
    }

    /** INSERT / UPDATE / DELETE; returns the affected row count. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** Whether a table exists in the current schema, e.g. one our Liquibase changelog should have created. */
    public boolean tableExists(String table) {
        return count("select count(*) from information_schema.tables where table_schema = current_schema()"
                + " and lower(table_name) = lower(?)", table) > 0;
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private IllegalStateException failure(String sql, SQLException e) {
        return new IllegalStateException("SQL failed on " + jdbcUrl + ": " + sql + ": " + e.getMessage(), e);
    }
}

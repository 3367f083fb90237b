package dev.partnerprogram.bench.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.regex.Pattern;

/** A PostgreSQL server the harness may create and drop its own databases on. */
public record PostgresServer(String url, String user, String password) {

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public PostgresServer {
        url = url.endsWith("/") ? url : url + "/";
    }

    public String jdbcUrl(String database) {
        return url + requireName(database);
    }

    /** Drops the database if it is there (closing its connections) and creates it empty. */
    public void recreate(String database) {
        admin("DROP DATABASE IF EXISTS " + requireName(database) + " WITH (FORCE)");
        admin("CREATE DATABASE " + database);
    }

    /** A copy of {@code template}, which must have no connections meanwhile. */
    public void createFromTemplate(String database, String template) {
        admin("CREATE DATABASE " + requireName(database) + " TEMPLATE " + requireName(template));
    }

    public void drop(String database) {
        admin("DROP DATABASE IF EXISTS " + requireName(database) + " WITH (FORCE)");
    }

    public HikariDataSource dataSource(String database, int poolSize) {
        return new HikariDataSource(config(database, poolSize));
    }

    /**
     * For loading a data set: commits do not wait for the WAL to reach the disk (the engine commits each running
     * instance it starts, thousands of them). A crash would lose the last commits, and fail the load anyway.
     */
    public HikariDataSource loadingDataSource(String database, int poolSize) {
        HikariConfig config = config(database, poolSize);
        config.setConnectionInitSql("set synchronous_commit = off");
        return new HikariDataSource(config);
    }

    private HikariConfig config(String database, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl(database));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("bench-" + database);
        return config;
    }

    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), user, password);
    }

    private void admin(String sql) {
        try (Connection admin = DriverManager.getConnection(url + "postgres", user, password);
             var statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + url + " (user '" + user + "') refused: " + sql
                    + " (" + e.getMessage() + ")", e);
        }
    }

    /** Names go into DDL, so only plain lower-case names are accepted. */
    private static String requireName(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case database name: " + database);
        }
        return database;
    }
}

package dev.partnerprogram.common;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * Which database the application runs on — PostgreSQL in production, H2 as the embedded default — for the few
 * statements written for each (upserts, plan settings). Learned from the first connection that needs to know.
 */
@Component
public class DatabaseKind {
    private final DataSource dataSource;
    private volatile Boolean postgres;

    public DatabaseKind(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean isPostgres() {
        Boolean result = postgres;
        if (result == null) {
            try (Connection connection = dataSource.getConnection()) {
                result = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new DataAccessResourceFailureException("Could not tell which database this is", e);
            }
            postgres = result;
        }
        return result;
    }
}

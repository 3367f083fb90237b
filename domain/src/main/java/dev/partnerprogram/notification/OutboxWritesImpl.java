package dev.partnerprogram.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Plain JDBC on the transaction's connection rather than the persistence context: the row is not read back in the
 * request, and a native query through Hibernate would flush every pending change first. The casts type the parameters
 * of the insert's select for H2 as well as for PostgreSQL.
 */
class OutboxWritesImpl implements OutboxWrites {
    private static final String INSERT_UNLESS_KEY_KNOWN = "insert into outbox_message (idempotency_key, template, recipient,"
            + " subject, body, language, status, attempts, next_attempt_at, created_at)"
            + " select cast(? as varchar(200)), cast(? as varchar(50)), cast(? as varchar(200)), cast(? as varchar(500)),"
            + " cast(? as varchar(10000)), cast(? as varchar(5)), cast(? as varchar(10)), 0,"
            + " cast(? as timestamp with time zone), cast(? as timestamp with time zone)"
            + " where not exists (select 1 from outbox_message where idempotency_key = cast(? as varchar(200)))";

    private final JdbcTemplate jdbc;

    OutboxWritesImpl(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void saveUnlessKeyKnown(OutboxMessage message) {
        jdbc.update(INSERT_UNLESS_KEY_KNOWN, message.getIdempotencyKey(), message.getTemplate(), message.getRecipient(),
                message.getSubject(), message.getBody(), message.getLanguage(), message.getStatus().name(),
                utc(message.getNextAttemptAt()), utc(message.getCreatedAt()), message.getIdempotencyKey());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}

package dev.partnerprogram.integration;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The answers to requests sent with an {@code Idempotency-Key}, in the database so that every node sees them. A key is
 * taken by inserting its row (the primary key lets one request win), answered from the row while it lives, and given
 * back when its request did not succeed. Each statement runs on its own, outside the request's work, so the key is
 * visible to a concurrent repeat before the request's work is done.
 */
@Component
public class IdempotentRequests {

    /** What to do with a request that carries a key. */
    public sealed interface Claim {
        /** The key is new: run the request, then {@link #complete} or {@link #release} it. */
        record Run(String scope, String key, String token) implements Claim {}

        /** The key's first request succeeded: answer the same. */
        record Replay(int status, String contentType, String location, String body) implements Claim {}

        /** The key's first request is still running. */
        record Running() implements Claim {}

        /** The key was used for another request (another body, path or method). */
        record Mismatch() implements Claim {}
    }

    private static final String EXECUTING = "EXECUTING";
    private static final String DONE = "DONE";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final IntegrationProperties.Idempotency settings;

    public IdempotentRequests(JdbcTemplate jdbc, Clock clock, IntegrationProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = properties.idempotency();
    }

    /**
     * Takes the key for a request, or says how to answer it.
     *
     * @param scope       whose key it is (the caller), so that two callers' keys never meet
     * @param fingerprint a digest of the request (method, path, body) that a repeat must match
     */
    public Claim claim(String scope, String key, String fingerprint) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Instant now = clock.instant();
            String token = UUID.randomUUID().toString();
            try {
                jdbc.update("insert into idempotent_request (scope, idempotency_key, fingerprint, claim_token, state, created_at, "
                                + "locked_until, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)", scope, key, fingerprint, token,
                        EXECUTING, ts(now), ts(now.plus(settings.lockTimeout())), ts(now.plus(settings.window())));
                return new Claim.Run(scope, key, token);
            } catch (DuplicateKeyException taken) {
                Claim existing = existing(scope, key, fingerprint, now);
                if (existing != null) {
                    return existing;
                }
                // The row lapsed (and was removed) or was given back meanwhile: try to take the key again.
            }
        }
        return new Claim.Running();
    }

    private Claim existing(String scope, String key, String fingerprint, Instant now) {
        var rows = jdbc.query("select fingerprint, state, response_status, response_type, response_location, response_body, "
                        + "locked_until, expires_at, claim_token from idempotent_request where scope = ? and idempotency_key = ?",
                (rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getTimestamp(8).toInstant(), rs.getString(9)}, scope, key);
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = rows.get(0);
        Instant lockedUntil = (Instant) row[6];
        Instant expiresAt = (Instant) row[7];
        boolean abandoned = EXECUTING.equals(row[1]) && !lockedUntil.isAfter(now);
        if (!expiresAt.isAfter(now) || abandoned) {
            jdbc.update("delete from idempotent_request where scope = ? and idempotency_key = ? and claim_token = ?",
                    scope, key, row[8]);
            return null;
        }
        if (!fingerprint.equals(row[0])) {
            return new Claim.Mismatch();
        }
        if (EXECUTING.equals(row[1])) {
            return new Claim.Running();
        }
        return new Claim.Replay((Integer) row[2], (String) row[3], (String) row[4], (String) row[5]);
    }

    /** The request succeeded: its answer is what a repeat gets until the key expires. */
    public void complete(Claim.Run run, int status, String contentType, String location, String body) {
        jdbc.update("update idempotent_request set state = ?, response_status = ?, response_type = ?, response_location = ?, "
                        + "response_body = ? where scope = ? and idempotency_key = ? and claim_token = ?",
                DONE, status, contentType, location, body, run.scope(), run.key(), run.token());
    }

    /** The request failed or was refused: the key is free again, so the client may correct and resend it. */
    public void release(Claim.Run run) {
        jdbc.update("delete from idempotent_request where scope = ? and idempotency_key = ? and claim_token = ?",
                run.scope(), run.key(), run.token());
    }

    /** Keys past their window are of no use any more. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    public int purgeExpired() {
        return jdbc.update("delete from idempotent_request where expires_at < ?", ts(clock.instant()));
    }

    private static java.sql.Timestamp ts(Instant instant) {
        return java.sql.Timestamp.from(instant);
    }
}

package dev.partnerprogram.notification;

/** How a mail is written to the outbox: part of {@link OutboxRepository}, done with plain JDBC by {@link OutboxWritesImpl}. */
public interface OutboxWrites {

    /**
     * Writes the message unless one with its idempotency key is in the outbox already, in one statement (a look-up and
     * an insert were two, in every request that sends a mail).
     */
    void saveUnlessKeyKnown(OutboxMessage message);
}

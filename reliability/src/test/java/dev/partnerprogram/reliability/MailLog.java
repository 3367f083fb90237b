package dev.partnerprogram.reliability;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The SMTP server the nodes deliver to: GreenMail in the test JVM on a fixed port, stopped and started again for the
 * outage. Messages are counted by the outbox's idempotency key ({@code X-Outbox-Key}) across every start.
 */
final class MailLog implements AutoCloseable {
    private final int port;
    /** Where messages without the header are counted: the suite expects none. */
    static final String NO_KEY = "(no X-Outbox-Key)";

    private final Map<String, Integer> earlier = new HashMap<>();
    /** The distinct Message-IDs each idempotency key arrived with. */
    private final Map<String, Set<String>> messageIds = new HashMap<>();
    private GreenMail server;

    MailLog(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    synchronized void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    /** Keeps what this server received, then stops it: the port refuses connections until {@link #start()}. */
    synchronized void stop() {
        count(server, earlier);
        server.stop();
        server = null;
    }

    /** Received copies per idempotency key, over every run of the server. */
    synchronized Map<String, Integer> byKey() {
        Map<String, Integer> all = new HashMap<>(earlier);
        if (server != null) {
            count(server, all);
        }
        return all;
    }

    /** Whether every copy of the key came with one and the same Message-ID (so mail systems drop the repeats). */
    synchronized boolean oneMessageId(String key) {
        byKey();
        Set<String> ids = messageIds.get(key);
        return ids != null && ids.size() == 1;
    }

    private void count(GreenMail from, Map<String, Integer> into) {
        for (MimeMessage message : from.getReceivedMessages()) {
            try {
                String key = message.getHeader("X-Outbox-Key", null);
                into.merge(key == null ? NO_KEY : key, 1, Integer::sum);
                if (key != null) {
                    messageIds.computeIfAbsent(key, k -> new HashSet<>()).add(message.getMessageID());
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
        }
    }
}

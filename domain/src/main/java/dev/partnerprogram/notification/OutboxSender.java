package dev.partnerprogram.notification;

import dev.partnerprogram.common.ProgramProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox with retries and exponential backoff. Each message is claimed by a conditional update,
 * so two nodes never send the same message at the same time. With no SMTP server configured it sends nothing
 * and the messages wait in the outbox, where administrators can read them.
 */
@Component
public class OutboxSender {
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate tx;
    private final ProgramProperties.Mail settings;
    private final Clock clock;

    public OutboxSender(OutboxRepository outbox, ObjectProvider<JavaMailSender> mailSender, TransactionTemplate tx,
                        ProgramProperties properties, Clock clock) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.tx = tx;
        this.settings = properties.mail();
        this.clock = clock;
    }

    public boolean isConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    @Scheduled(fixedDelayString = "${partner-program.mail.poll-interval}", initialDelayString = "${partner-program.mail.poll-interval}")
    public void deliverScheduled() {
        deliverDue();
    }

    /** Sends what is due now; answers how many were delivered. */
    public int deliverDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int delivered = 0;
        Instant now = clock.instant();
        // The claims below hold until now + claim timeout; the same moment on the monotonic clock.
        long claimLapses = System.nanoTime() + settings.claimTimeout().toNanos();
        for (Long id : outbox.findDue(now, PageRequest.of(0, settings.batchSize()))) {
            Boolean claimed = tx.execute(s -> outbox.claim(id, now, now.plus(settings.claimTimeout())) == 1);
            if (Boolean.TRUE.equals(claimed) && send(sender, id, claimLapses)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean send(JavaMailSender sender, Long id, long claimLapses) {
        OutboxMessage message = outbox.findById(id).orElseThrow();
        try {
            MimeMessage mime = withStableMessageId(sender, message.getIdempotencyKey());
            MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(message.getRecipient());
            helper.setSubject(message.getSubject());
            helper.setText(message.getBody(), false);
            mime.setHeader("X-Outbox-Key", message.getIdempotencyKey());
            sender.send(mime);
        } catch (Exception e) {
            log.warn("Mail {} to {} failed (attempt {}): {}", id, message.getRecipient(), message.getAttempts() + 1, e.getMessage());
            tx.executeWithoutResult(s -> outbox.findById(id).ifPresent(m ->
                    m.markAttemptFailed(e.getMessage(), clock.instant().plus(backoff(m.getAttempts())), settings.maxAttempts())));
            return false;
        }
        markSent(id, claimLapses);
        return true;
    }

    /**
     * A node that dies after the SMTP server took a mail and before it was marked sent leaves it to be sent again once
     * its claim lapses; SMTP has no idempotent delivery, so the copy carries the same Message-ID, derived from the
     * outbox's idempotency key, by which mail systems recognise and drop a repeated message.
     */
    public static String messageId(String idempotencyKey, String from) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            String domain = from.contains("@") ? from.substring(from.lastIndexOf('@') + 1).replace(">", "").trim() : "partner-program";
            return "<outbox." + HexFormat.of().formatHex(digest, 0, 16) + "@" + domain + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private MimeMessage withStableMessageId(JavaMailSender sender, String idempotencyKey) {
        if (!(sender instanceof JavaMailSenderImpl impl)) {
            return sender.createMimeMessage();
        }
        String id = messageId(idempotencyKey, settings.from());
        return new MimeMessage(impl.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", id);
            }
        };
    }

    /**
     * The mail is out, so it must not count as failed: a message left unmarked goes out again once its claim lapses.
     * A database that is briefly unreachable is waited for while the claim holds (no other sender takes it until then).
     */
    private void markSent(Long id, long claimLapses) {
        long giveUp = claimLapses - settings.pollInterval().toNanos();
        while (true) {
            try {
                tx.executeWithoutResult(s -> outbox.findById(id).ifPresent(m -> m.markSent(clock.instant())));
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() >= giveUp) {
                    throw e;
                }
                log.warn("Mail {} was sent but could not be marked yet: {}", id, e.getMessage());
                LockSupport.parkNanos(settings.pollInterval().toNanos());
            }
        }
    }

    private Duration backoff(int attemptsSoFar) {
        return settings.retryBase().multipliedBy(1L << Math.min(attemptsSoFar, 10));
    }
}

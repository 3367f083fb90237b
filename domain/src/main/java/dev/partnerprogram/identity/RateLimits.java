package dev.partnerprogram.identity;

import dev.partnerprogram.common.TooManyRequestsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How often anybody may ask for what costs a mail: registrations, password resets and invitations are counted per
 * address and per client address in fixed windows kept in the database (so the limit holds across nodes). A request
 * over either limit is refused with 429 and the time left in the window; the request is counted before the work, in a
 * transaction of its own, so that refused and failed requests count too.
 */
@Service
public class RateLimits {

    /** What is limited; each has its own buckets. */
    public enum Action { REGISTRATION, PASSWORD_RESET, INVITATION }

    private static final int ATTEMPTS = 3;

    private final RateLimitWindowRepository windows;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final int perAddress;
    private final int perClient;
    private final Duration window;

    public RateLimits(RateLimitWindowRepository windows, PlatformTransactionManager transactions, Clock clock,
                      @Value("${partner-program.rate-limits.per-address}") int perAddress,
                      @Value("${partner-program.rate-limits.per-client}") int perClient,
                      @Value("${partner-program.rate-limits.window}") Duration window) {
        this.windows = windows;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.perAddress = perAddress;
        this.perClient = perClient;
        this.window = window;
    }

    /** Counts one request for the e-mail address (if any) and the client; 429 if either is over its limit. */
    public void count(Action action, String address, String client) {
        if (address != null && !address.isBlank()) {
            hit(action.name() + ":address:" + address.trim().toLowerCase(Locale.ROOT), perAddress);
        }
        if (client != null && !client.isBlank()) {
            hit(action.name() + ":client:" + client, perClient);
        }
    }

    private void hit(String bucket, int limit) {
        String key = bucket.length() > 300 ? bucket.substring(0, 300) : bucket;
        for (int attempt = 1; ; attempt++) {
            try {
                Duration wait = ownTransaction.execute(status -> {
                    Instant now = clock.instant();
                    RateLimitWindow counted = windows.findForUpdate(key).orElse(null);
                    boolean first = counted == null;
                    if (first) {
                        counted = new RateLimitWindow(key, now);
                    }
                    boolean over = counted.hit(now, window) > limit;
                    if (first) {
                        // The new row carries its first hit: an insert and no update right after it.
                        windows.saveAndFlush(counted);
                    }
                    return over ? counted.leftOf(window, now) : null;
                });
                if (wait != null) {
                    throw new TooManyRequestsException(wait);
                }
                return;
            } catch (DataIntegrityViolationException e) {
                // Another node made the bucket's row at the same moment: count against that one.
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }
}

package dev.partnerprogram.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The signed-in users of recent requests, so that a request does not read its user again (every page and API call
 * needs one; they used to read it up to three times each). An account written through JPA — by whichever service:
 * staff changes, deactivation, a password set, a corporate sign-in, a lockout — is forgotten when its transaction
 * commits ({@link ForgetChangedAccounts}), so this node sees the change at its next request. Another node's change
 * is seen when the entry expires ({@code partner-program.security.account-cache}), as with the Basic password cache.
 */
@Component
public class SignedInUsers {
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(SignedInUser user, Instant expires) {}

    private final AppUserRepository users;
    private final Clock clock;
    private final Duration timeToLive;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    /** Counts forgettings: a read that saw a change commit while it ran does not keep what it read. */
    private long changes;

    public SignedInUsers(AppUserRepository users, Clock clock,
                         @Value("${partner-program.security.account-cache}") Duration timeToLive) {
        this.users = users;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    /**
     * The enabled or disabled account of this name, from the cache or one query (in a transaction of its own, and
     * none at all when cached); empty if there is none, which is not remembered.
     */
    public Optional<SignedInUser> find(String username) {
        Entry entry = cache.get(username);
        Instant now = clock.instant();
        if (entry != null && entry.expires().isAfter(now)) {
            return Optional.of(entry.user());
        }
        long before = changesSoFar();
        Optional<SignedInUser> read = users.findByUsername(username).map(SignedInUser::of);
        read.ifPresent(user -> keep(username, user, before, now));
        return read;
    }

    /** Forgets the account now: the next request reads it again. */
    public synchronized void forget(String username) {
        changes++;
        cache.remove(username);
    }

    private synchronized long changesSoFar() {
        return changes;
    }

    private synchronized void keep(String username, SignedInUser user, long changesBefore, Instant now) {
        if (changes != changesBefore || timeToLive.isZero()) {
            return;
        }
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(username, new Entry(user, now.plus(timeToLive)));
    }
}

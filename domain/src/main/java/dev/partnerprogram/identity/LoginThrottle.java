package dev.partnerprogram.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Locks an account for a while after repeated wrong passwords, so passwords cannot be guessed at speed. */
@Service
public class LoginThrottle {
    private final AppUserRepository users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    // Successful sign-ins are the common case: only accounts with failures on record need a write to clear them.
    private final Set<String> withFailures = ConcurrentHashMap.newKeySet();
    private final TransactionTemplate tx;

    public LoginThrottle(AppUserRepository users, Clock clock, TransactionTemplate tx,
                         @Value("${partner-program.login.max-failures}") int maxFailures,
                         @Value("${partner-program.login.lockout}") Duration lockout) {
        this.users = users;
        this.clock = clock;
        this.tx = tx;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @Transactional
    public void failed(String username) {
        users.findByUsername(normalize(username)).ifPresent(user -> {
            user.loginFailed(clock.instant(), maxFailures, lockout);
            withFailures.add(user.getUsername());
        });
    }

    /**
     * No transaction unless there are failures to clear: a sign-in that needs no write must not need the database
     * either (the request then fails, or not, on its own; a user remembered by the Basic cache still gets an answer).
     */
    public void succeeded(String username) {
        String name = normalize(username);
        if (withFailures.remove(name)) {
            tx.executeWithoutResult(s -> users.findByUsername(name).ifPresent(AppUser::loginSucceeded));
        }
    }

    private static String normalize(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}

package dev.partnerprogram.web.system.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Passwords known to be right for a short while, as a keyed digest held only in memory (never the password), so that
 * HTTP Basic, which sends the password with every call, does not pay the deliberately slow hash on each one.
 */
public class BasicCredentialsCache implements FreshCredentials {
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] digest, Authentication authentication, Instant expires) {}

    private final UserDetailsService users;
    private final Duration timeToLive;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    public BasicCredentialsCache(UserDetailsService users, Duration timeToLive, Clock clock) {
        this.users = users;
        this.timeToLive = timeToLive;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    boolean enabled() {
        return !timeToLive.isZero();
    }

    /** The authentication remembered for exactly this username and password, or null. */
    Authentication find(String username, String password) {
        Entry entry = cache.get(username);
        if (entry != null && entry.expires().isAfter(clock.instant()) && MessageDigest.isEqual(entry.digest(), digest(username, password))) {
            return entry.authentication();
        }
        return null;
    }

    void remember(String username, String password, Authentication verified) {
        remember(username, password, verified.getPrincipal(), verified.getAuthorities());
    }

    void forget(String username) {
        cache.remove(username);
    }

    @Override
    public void changed(String username) {
        forget(username);
    }

    /**
     * The password was hashed and stored a moment ago by this application, so it is known to be right: remembering it
     * spares the account's first API call a second slow hash. An account that cannot sign in (disabled, locked) is not
     * remembered. Only an optimisation: if the account cannot be read now, the first sign-in checks the hash instead,
     * and the request that stored the password (already committed) still succeeds.
     */
    @Override
    public void justSet(String username, String password) {
        if (!enabled()) {
            return;
        }
        UserDetails user;
        try {
            user = users.loadUserByUsername(username);
        } catch (RuntimeException e) {
            return;
        }
        if (user.isEnabled() && user.isAccountNonLocked() && user.isAccountNonExpired() && user.isCredentialsNonExpired()) {
            remember(username, password, user, user.getAuthorities());
        }
    }

    private void remember(String username, String password, Object principal, Collection<? extends GrantedAuthority> authorities) {
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        var remembered = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        cache.put(username, new Entry(digest(username, password), remembered, clock.instant().plus(timeToLive)));
    }

    private byte[] digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.partnerprogram.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic sends the password with every API call, and a deliberately slow password hash on each call would cost
 * more than the work itself. After one successful check, the same username and password are accepted for a short
 * while by comparing a keyed digest held only in memory; a changed or disabled account is noticed when it expires.
 */
class CachingBasicAuthenticationProvider implements AuthenticationProvider {
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] digest, Authentication authentication, Instant expires) {}

    private final AuthenticationProvider delegate;
    private final Duration timeToLive;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    CachingBasicAuthenticationProvider(AuthenticationProvider delegate, Duration timeToLive, Clock clock) {
        this.delegate = delegate;
        this.timeToLive = timeToLive;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName();
        Object credentials = request.getCredentials();
        if (credentials == null || timeToLive.isZero()) {
            return delegate.authenticate(request);
        }
        byte[] digest = digest(username, credentials.toString());
        Instant now = clock.instant();
        Entry entry = cache.get(username);
        if (entry != null && entry.expires().isAfter(now) && MessageDigest.isEqual(entry.digest(), digest)) {
            return entry.authentication();
        }
        Authentication result;
        try {
            result = delegate.authenticate(request);
        } catch (RuntimeException e) {
            // A failed check forgets the remembered password too, so a lockout applies at once.
            cache.remove(username);
            throw e;
        }
        if (result != null && result.isAuthenticated()) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            var remembered = UsernamePasswordAuthenticationToken.authenticated(result.getPrincipal(), null, result.getAuthorities());
            cache.put(username, new Entry(digest, remembered, now.plus(timeToLive)));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
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

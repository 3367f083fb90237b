package dev.partnerprogram.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

class CachingBasicAuthenticationProviderTest {

    private final AtomicInteger slowChecks = new AtomicInteger();
    private final AuthenticationProvider passwordCheck = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication a) {
            slowChecks.incrementAndGet();
            if (!"right".equals(a.getCredentials())) {
                throw new BadCredentialsException("bad");
            }
            return UsernamePasswordAuthenticationToken.authenticated(a.getName(), null, List.of(new SimpleGrantedAuthority("ROLE_PARTNER")));
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    };

    private final Map<String, UserDetails> accounts = new HashMap<>(Map.of(
            "anna", User.withUsername("anna").password("{noop}right").roles("PARTNER").build(),
            "boris", User.withUsername("boris").password("{noop}right").roles("PARTNER").disabled(true).build()));
    private final UserDetailsService users = username -> {
        UserDetails user = accounts.get(username);
        if (user == null) {
            throw new UsernameNotFoundException(username);
        }
        return user;
    };

    private static Authentication login(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("anna", password);
    }

    @Test
    void aVerifiedPassword_isNotHashedAgainWhileRemembered() {
        var provider = new CachingBasicAuthenticationProvider(passwordCheck, new BasicCredentialsCache(users, Duration.ofMinutes(5), Clock.systemUTC()));

        assertThat(provider.authenticate(login("right")).getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PARTNER");
        assertThat(provider.authenticate(login("right")).isAuthenticated()).isTrue();

        assertThat(slowChecks).hasValue(1);
    }

    @Test
    void aWrongPassword_isCheckedAndRefused_evenAfterTheRightOneWasRemembered() {
        var provider = new CachingBasicAuthenticationProvider(passwordCheck, new BasicCredentialsCache(users, Duration.ofMinutes(5), Clock.systemUTC()));
        provider.authenticate(login("right"));

        assertThatThrownBy(() -> provider.authenticate(login("wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void anExpiredEntry_isCheckedAgain() {
        var clock = new MutableClock(Instant.parse("2026-11-27T10:00:00Z"));
        var provider = new CachingBasicAuthenticationProvider(passwordCheck, new BasicCredentialsCache(users, Duration.ofMinutes(5), clock));
        provider.authenticate(login("right"));

        clock.now = clock.now.plus(Duration.ofMinutes(6));
        provider.authenticate(login("right"));

        assertThat(slowChecks).hasValue(2);
    }

    @Test
    void aPasswordJustSet_signsInWithoutASlowCheck_andOnlyThatPassword() {
        var cache = new BasicCredentialsCache(users, Duration.ofMinutes(5), Clock.systemUTC());
        var provider = new CachingBasicAuthenticationProvider(passwordCheck, cache);
        cache.justSet("anna", "right");

        Authentication signedIn = provider.authenticate(login("right"));
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_PARTNER");
        assertThat(slowChecks).hasValue(0);

        assertThatThrownBy(() -> provider.authenticate(login("wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(slowChecks).hasValue(1);
    }

    @Test
    void aPasswordJustSet_onAnAccountThatCannotSignIn_isNotRemembered() {
        var cache = new BasicCredentialsCache(users, Duration.ofMinutes(5), Clock.systemUTC());
        var provider = new CachingBasicAuthenticationProvider(passwordCheck, cache);
        cache.justSet("boris", "right");

        provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("boris", "right"));
        assertThat(slowChecks).hasValue(1);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

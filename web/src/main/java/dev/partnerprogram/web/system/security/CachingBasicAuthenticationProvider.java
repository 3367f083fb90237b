package dev.partnerprogram.web.system.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * HTTP Basic sends the password with every API call, and a deliberately slow password hash on each call would cost
 * more than the work itself. After one successful check, the same username and password are accepted for a short
 * while from the {@link BasicCredentialsCache}; a changed or disabled account is noticed when the entry expires.
 */
class CachingBasicAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final BasicCredentialsCache cache;

    CachingBasicAuthenticationProvider(AuthenticationProvider delegate, BasicCredentialsCache cache) {
        this.delegate = delegate;
        this.cache = cache;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName();
        Object credentials = request.getCredentials();
        if (credentials == null || !cache.enabled()) {
            return delegate.authenticate(request);
        }
        Authentication remembered = cache.find(username, credentials.toString());
        if (remembered != null) {
            return remembered;
        }
        Authentication result;
        try {
            result = delegate.authenticate(request);
        } catch (RuntimeException e) {
            // A failed check forgets the remembered password too, so a lockout applies at once.
            cache.forget(username);
            throw e;
        }
        if (result != null && result.isAuthenticated()) {
            cache.remember(username, credentials.toString(), result);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

package dev.partnerprogram.web.system.security;

import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Corporate sign-in for staff with OpenID Connect, off unless configured: a client registration (Spring Boot's
 * {@code spring.security.oauth2.client.registration.*}) adds "sign in with the corporate account" to the UI, an issuer
 * for bearer tokens ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}) lets the API take the provider's
 * access tokens beside HTTP Basic. Either way the staff member's account is made or brought up to date from the claims
 * ({@link CorporateClaims}) at each sign-in, so that the processes' reviewer groups and the pages see them like any staff
 * member. A token that grants no staff role is refused; a partner's account cannot be signed in to this way.
 */
@Component("corporateSignIn")
public class CorporateSignIn {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CorporateClaims claims;
    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final ObjectProvider<JwtDecoder> bearerTokens;

    CorporateSignIn(CorporateClaims claims, AppUserRepository users, PasswordEncoder passwords, Clock clock,
                    ObjectProvider<ClientRegistrationRepository> registrations,
                    ObjectProvider<JwtDecoder> bearerTokens) {
        this.claims = claims;
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
        this.registrations = registrations;
        this.bearerTokens = bearerTokens;
    }

    /** The path that starts the browser sign-in, when one is configured (the login page links it). */
    public Optional<String> startPath() {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository instanceof InMemoryClientRegistrationRepository known) {
            for (ClientRegistration registration : known) {
                return Optional.of("/oauth2/authorization/" + registration.getRegistrationId());
            }
        }
        return Optional.empty();
    }

    public boolean isEnabled() {
        return startPath().isPresent();
    }

    /** The UI door: the provider's sign-in beside the form, when a client registration is configured. */
    void ui(HttpSecurity http, AuthenticationSuccessHandler signedIn) throws Exception {
        if (registrations.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login").successHandler(signedIn).failureUrl("/login?error")
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUsers())));
        }
    }

    /** The API door: the provider's access tokens beside HTTP Basic, when an issuer is configured. */
    void api(HttpSecurity http, AuthenticationEntryPoint unauthenticated) throws Exception {
        JwtDecoder decoder = bearerTokens.getIfAvailable();
        if (decoder != null) {
            JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
            tokens.setJwtAuthenticationConverter(jwt -> {
                AppUser user = account(jwt.getClaims());
                return new JwtAuthenticationToken(jwt, authorities(user), user.getUsername());
            });
            // Its own manager: the chain's is the one of HTTP Basic, which knows nothing of tokens.
            http.oauth2ResourceServer(r -> r.authenticationEntryPoint(unauthenticated)
                    .jwt(j -> j.authenticationManager(new ProviderManager(tokens))));
        }
    }

    private OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers() {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser signedIn = provider.loadUser(request);
            AppUser user = account(signedIn.getClaims());
            return new DefaultOidcUser(authorities(user), signedIn.getIdToken(), signedIn.getUserInfo(), claims.getUsernameClaim());
        };
    }

    /** The staff account of these claims, made or brought up to date. */
    AppUser account(Map<String, Object> tokenClaims) {
        CorporateClaims.Access access = claims.read(tokenClaims);
        if (access.username() == null || access.username().isBlank()) {
            throw refused("no " + claims.getUsernameClaim() + " claim");
        }
        if (access.roles().isEmpty()) {
            throw refused("no staff role in the " + claims.getRolesClaim() + " claim");
        }
        Optional<AppUser> existing = users.findByUsername(access.username());
        if (existing.isPresent()) {
            AppUser user = existing.get();
            if (user.getPartnerId() != null || user.roles().contains(Role.PARTNER)) {
                throw refused("a partner's account signs in with its password");
            }
            if (!user.isEnabled()) {
                throw refused("account deactivated");
            }
            user.takeCorporateAccess(access.roles(), access.groups(), access.email(), access.displayName());
            return users.save(user);
        }
        String email = access.email() == null ? access.username() : access.email();
        String name = access.displayName() == null ? access.username() : access.displayName();
        return users.save(new AppUser(access.username(), email, passwords.encode(unusablePassword()), name, "ru",
                access.roles(), access.groups(), null, clock.instant()));
    }

    private static Collection<GrantedAuthority> authorities(AppUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        return authorities;
    }

    /** Corporate accounts sign in at the provider only: their stored password is random and told to nobody. */
    private static String unusablePassword() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    private static OAuth2AuthenticationException refused(String why) {
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null));
    }
}

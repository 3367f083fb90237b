package dev.partnerprogram.web.system.security;

import dev.partnerprogram.web.system.error.ApiProblems;
import dev.partnerprogram.web.system.error.DatabaseUnavailable;
import dev.partnerprogram.web.system.error.DatabaseUnavailablePages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors: the JSON API with HTTP Basic, stateless and without CSRF (scripts do not keep sessions), and the UI
 * with form login, a session and CSRF protection. Errors at the API door are problem+json like every other API error.
 */
@Configuration
public class SecurityConfig {

    /** Pages load only our own scripts and styles (no inline code); Bootstrap draws some icons as data: images. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private final ApiProblems problems;
    private final Duration retryAfter;

    public SecurityConfig(ApiProblems problems, @Value("${partner-program.unavailable-retry-after}") Duration retryAfter) {
        this.problems = problems;
        this.retryAfter = retryAfter;
    }

    /**
     * Spring Security records an observation per filter of the chain, per authentication and per authorization on every
     * request: 3% of the CPU of the benchmark's full stack (performance issue #19), and no metric, dashboard or test
     * reads them. The request's own timing ({@code http_server_requests_seconds}) is Spring MVC's and stays.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    BasicCredentialsCache basicCredentialsCache(UserDetailsService users, Clock clock,
                                                @Value("${partner-program.security.basic-auth-cache}") Duration cacheTtl) {
        return new BasicCredentialsCache(users, cacheTtl, clock);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, UserDetailsService users, PasswordEncoder passwords, BasicCredentialsCache remembered,
                            AuthenticationEventPublisher events, CorporateSignIn corporate) throws Exception {
        DaoAuthenticationProvider checkPassword = new DaoAuthenticationProvider(users);
        checkPassword.setPasswordEncoder(passwords);
        ProviderManager authentication = new ProviderManager(new CachingBasicAuthenticationProvider(checkPassword, remembered));
        authentication.setAuthenticationEventPublisher(events);
        http.securityMatcher("/api/**")
                .authenticationManager(authentication)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/registrations").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/password-resets", "/api/password-resets/*").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/invitations/*/accept", "/api/registration-confirmations/*").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/directory", "/api/directory/*", "/api/regions").permitAll()
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers("/api/dashboard/**").hasRole("MANAGER")
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(this::unauthenticated))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(this::unauthenticated)
                        .accessDeniedHandler((req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN.value())))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        corporate.api(http, this::unauthenticated);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, CorporateSignIn corporate) throws Exception {
        ExpiredSessions expiredSessions = new ExpiredSessions();
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/", "/login", "/register", "/directory", "/directory/*", "/verify/*", "/lang", "/error",
                                "/webjars/**", "/css/**", "/js/**", "/vendor/**", "/favicon.ico",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/actuator/health/**", "/password/**", "/invitations/**", "/registrations/confirm").permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/manager/**").hasRole("MANAGER")
                        .requestMatchers("/colleagues", "/colleagues/**").hasRole("PARTNER")
                        .requestMatchers("/workbench", "/workbench/**").hasAnyRole("REVIEWER", "MANAGER")
                        .requestMatchers(HttpMethod.GET, "/partners", "/partners/*").hasAnyRole("REVIEWER", "MANAGER")
                        .anyRequest().authenticated())
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(expiredSessions.entryPoint())
                        .accessDeniedHandler(expiredSessions.accessDenied()))
                .formLogin(f -> f.loginPage("/login").successHandler(expiredSessions.signedIn()).permitAll()
                        .failureHandler(signInFailed()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
        corporate.ui(http, expiredSessions.signedIn());
        return http.build();
    }

    /** A user lookup that failed because the database is down is no wrong password: 503, and the client may retry. */
    private void unauthenticated(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (DatabaseUnavailable.causedBy(failure)) {
            DatabaseUnavailable.setRetryAfter(response, retryAfter);
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE.value());
        } else {
            problems.write(request, response, HttpStatus.UNAUTHORIZED.value());
        }
    }

    private AuthenticationFailureHandler signInFailed() {
        AuthenticationFailureHandler wrongPassword = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, failure) -> {
            if (DatabaseUnavailable.causedBy(failure)) {
                DatabaseUnavailablePages.respond(response, retryAfter);
            } else {
                wrongPassword.onAuthenticationFailure(request, response, failure);
            }
        };
    }
}

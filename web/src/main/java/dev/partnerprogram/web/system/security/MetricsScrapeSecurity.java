package dev.partnerprogram.web.system.security;

import dev.partnerprogram.web.system.error.ApiProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Prometheus scrapes {@code /actuator/prometheus} with a credential of its own, which opens that one endpoint and
 * nothing else (no staff account, no admin password in a scraper's configuration): {@code partner-program.metrics.username}
 * and {@code partner-program.metrics.password}, the password in plain text or encoded ({@code {bcrypt}$2a$...}). Without
 * a password the endpoint stays an administrator's, as before.
 */
@Configuration
class MetricsScrapeSecurity {
    static final String ROLE = "METRICS";
    private static final String ENDPOINT = "/actuator/prometheus";

    @Bean
    @Order(0)
    SecurityFilterChain metricsScrape(HttpSecurity http, PasswordEncoder passwords, ApiProblems problems,
                                      @Value("${partner-program.metrics.username:prometheus}") String username,
                                      @Value("${partner-program.metrics.password:}") String password) throws Exception {
        UserDetails scraper = password.isBlank() ? null : User.withUsername(username)
                .password(password.startsWith("{") ? password : passwords.encode(password)).roles(ROLE).build();
        DaoAuthenticationProvider check = new DaoAuthenticationProvider(name -> {
            if (scraper == null || !scraper.getUsername().equals(name)) {
                throw new UsernameNotFoundException("not the metrics scraper");
            }
            return User.withUserDetails(scraper).build();
        });
        check.setPasswordEncoder(passwords);
        http.securityMatcher(ENDPOINT)
                .authenticationManager(new ProviderManager(check))
                // An administrator signed in to the UI still reads it; the scraper only with its credential.
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.GET, ENDPOINT).hasAnyRole(ROLE, "ADMIN").anyRequest().denyAll())
                .httpBasic(b -> b.realmName("metrics"))
                .exceptionHandling(e -> e.accessDeniedHandler((req, res, ex) -> problems.write(req, res, HttpStatus.FORBIDDEN.value())))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(c -> c.disable());
        return http.build();
    }
}

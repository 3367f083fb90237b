package dev.partnerprogram.web.system.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.Role;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class DefaultCredentialsGuardTest {
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final AppUserRepository users = mock(AppUserRepository.class);

    private AppUser admin(String password) {
        return new AppUser("admin", "admin@vendor.example", passwords.encode(password), "Admin", "ru", Set.of(Role.ADMIN),
                List.of(), null, Instant.now());
    }

    @Test
    void withoutTheDemo_aDemoPasswordStopsTheStart() {
        when(users.findByUsername(anyString())).thenReturn(Optional.empty());
        when(users.findByUsername("admin")).thenReturn(Optional.of(admin("admin")));

        assertThatThrownBy(() -> new DefaultCredentialsGuard(users, passwords, false).run(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("admin");
    }

    @Test
    void withoutTheDemo_changedPasswordsPass() {
        when(users.findByUsername(anyString())).thenReturn(Optional.empty());
        when(users.findByUsername("admin")).thenReturn(Optional.of(admin("a-real-secret")));

        assertThatCode(() -> new DefaultCredentialsGuard(users, passwords, false).run(null)).doesNotThrowAnyException();
    }

    @Test
    void theEmbeddedDemo_keepsItsKnownPasswords() {
        when(users.findByUsername("admin")).thenReturn(Optional.of(admin("admin")));

        assertThatCode(() -> new DefaultCredentialsGuard(users, passwords, true).run(null)).doesNotThrowAnyException();
    }
}

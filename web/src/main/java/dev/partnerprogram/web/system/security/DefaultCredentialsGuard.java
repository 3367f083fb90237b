package dev.partnerprogram.web.system.security;

import dev.partnerprogram.identity.AppUserRepository;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Outside the embedded demo, an account whose password is the demo one (its own name) would be an open door:
 * the application refuses to start until it is changed.
 */
@Component
class DefaultCredentialsGuard implements ApplicationRunner {
    static final List<String> DEMO_ACCOUNTS = List.of("admin", "manager", "reviewer", "partner");

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final boolean demo;

    DefaultCredentialsGuard(AppUserRepository users, PasswordEncoder passwords, @Value("${partner-program.demo.enabled}") boolean demo) {
        this.users = users;
        this.passwords = passwords;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demo) {
            return;
        }
        for (String name : DEMO_ACCOUNTS) {
            users.findByUsername(name).filter(u -> passwords.matches(name, u.getPasswordHash())).ifPresent(u -> {
                throw new IllegalStateException("The account '" + name + "' still has its demo password; change it before "
                        + "running without the demo (partner-program.demo.enabled=false)");
            });
        }
    }
}

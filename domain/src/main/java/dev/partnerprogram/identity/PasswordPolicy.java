package dev.partnerprogram.identity;

import dev.partnerprogram.common.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What a new password must be: long enough, not too long, and not one of the passwords everybody tries first. */
@Component
public class PasswordPolicy {
    public static final int MAX_LENGTH = 100;

    private final int minLength;
    private final Set<String> common;

    public PasswordPolicy(@Value("${partner-program.people.password-min-length}") int minLength) {
        this.minLength = minLength;
        this.common = load();
    }

    /** Refuses the password with one message that says why, on the field {@code field}. */
    public void check(String field, String password) {
        if (password == null || password.length() < minLength) {
            throw new InvalidInputException(field, "error.minLength", minLength);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "error.maxLength", MAX_LENGTH);
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, "error.passwordCommon");
        }
    }

    public int minLength() {
        return minLength;
    }

    private static Set<String> load() {
        var in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("identity/common-passwords.txt is missing");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

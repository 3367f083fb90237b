package dev.partnerprogram.common;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A text the user reads, named by its code in the message bundles and filled with arguments; the web renders it in the
 * caller's language. An argument may itself be resolvable (a {@link #label label} of an enum code, another message),
 * and is then rendered in the same language. Serializable, so a message can wait in the session for the page after a
 * redirect; its arguments should be too (strings, numbers, dates, labels).
 */
public record Message(String code, List<Object> args) implements MessageSourceResolvable, Serializable {
    /** The domain's error texts: {@code errors.properties} in Russian, {@code errors_en.properties} in English. */
    public static final String BUNDLE = "messages/errors";

    private static final ResourceBundleMessageSource ENGLISH = englishSource();

    public Message {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a message needs a code");
        }
        // Arrays.asList, not List.copyOf: an argument may be null (rendered as "null" by MessageFormat, like Spring does).
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    public static Message of(String code, Object... args) {
        return new Message(code, Arrays.asList(args));
    }

    /**
     * The human name of an enum code (a state, status, kind), from the label keys {@code group.CODE} of the web's
     * bundle; where no label exists the code itself is shown.
     */
    public static MessageSourceResolvable label(String group, Object code) {
        String name = code instanceof Enum<?> e ? e.name() : String.valueOf(code);
        return new DefaultMessageSourceResolvable(new String[] {group + "." + name}, null, name);
    }

    @Override
    public String[] getCodes() {
        return new String[] {code};
    }

    @Override
    public Object[] getArguments() {
        return args.toArray();
    }

    /** None: a code without a text is a bug that the bundle tests catch, not something to paper over. */
    @Override
    public String getDefaultMessage() {
        return null;
    }

    /** The English text, for logs and exception messages; the code and arguments when the bundle lacks the code. */
    public String english() {
        try {
            return ENGLISH.getMessage(this, Locale.ENGLISH);
        } catch (NoSuchMessageException e) {
            return args.isEmpty() ? code : code + " " + args;
        }
    }

    private static ResourceBundleMessageSource englishSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(BUNDLE);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}

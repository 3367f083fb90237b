package dev.partnerprogram.common;

import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal the caller is told about: it carries a {@link Message} (bundle code and arguments) that the UI and the API
 * render in the caller's language; {@link #getMessage()} is its English text, for logs.
 */
public abstract class ProblemException extends RuntimeException implements MessageSourceResolvable {
    private final Message text;

    protected ProblemException(Message text) {
        super(text.code());
        this.text = text;
    }

    protected ProblemException(Message text, Throwable cause) {
        super(text.code(), cause);
        this.text = text;
    }

    /** What to tell the caller. */
    public Message text() {
        return text;
    }

    public String code() {
        return text.code();
    }

    @Override
    public String getMessage() {
        return text.english();
    }

    @Override
    public String[] getCodes() {
        return text.getCodes();
    }

    @Override
    public Object[] getArguments() {
        return text.getArguments();
    }

    @Override
    public String getDefaultMessage() {
        return null;
    }
}

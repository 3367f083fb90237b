package dev.partnerprogram.common;

/** The request is valid but the object's current state does not allow it (409); codes {@code conflict.*}. */
public class ConflictException extends ProblemException {
    public ConflictException(String code, Object... args) {
        super(Message.of(code, args));
    }
}

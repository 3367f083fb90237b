package dev.partnerprogram.common;

/** The caller may see the object but not do this to it (403); codes {@code forbidden.*}. */
public class ForbiddenException extends ProblemException {
    public ForbiddenException(String code, Object... args) {
        super(Message.of(code, args));
    }
}

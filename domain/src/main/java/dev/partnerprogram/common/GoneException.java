package dev.partnerprogram.common;

/** The link was used already or has expired (410); codes {@code gone.*}. */
public class GoneException extends ProblemException {
    public GoneException(String code, Object... args) {
        super(Message.of(code, args));
    }
}

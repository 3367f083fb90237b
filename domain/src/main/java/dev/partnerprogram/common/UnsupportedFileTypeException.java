package dev.partnerprogram.common;

/** An upload whose type is not accepted (415); codes {@code upload.*}. */
public class UnsupportedFileTypeException extends ProblemException {
    public UnsupportedFileTypeException(String code, Object... args) {
        super(Message.of(code, args));
    }
}

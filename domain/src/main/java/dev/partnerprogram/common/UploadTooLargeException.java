package dev.partnerprogram.common;

/** An upload above the size limit (413); codes {@code upload.*}. */
public class UploadTooLargeException extends ProblemException {
    public UploadTooLargeException(String code, Object... args) {
        super(Message.of(code, args));
    }
}

package dev.partnerprogram.common;

/** The caller may see the object but not do this to it (403). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}

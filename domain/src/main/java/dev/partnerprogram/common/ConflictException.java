package dev.partnerprogram.common;

/** The request is valid but the object's current state does not allow it. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}

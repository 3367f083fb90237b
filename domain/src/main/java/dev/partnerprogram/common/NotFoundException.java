package dev.partnerprogram.common;

/** The object does not exist, or the caller may not learn that it does. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}

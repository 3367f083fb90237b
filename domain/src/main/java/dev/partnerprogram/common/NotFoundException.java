package dev.partnerprogram.common;

/**
 * The object does not exist, or the caller may not learn that it does (404). The code names the kind of object
 * ({@code notFound.application}) and the argument is usually its id; callers outside are told only that it is not there.
 */
public class NotFoundException extends ProblemException {
    public NotFoundException(String code, Object... args) {
        super(Message.of(code, args));
    }
}

package dev.partnerprogram.common;

import java.time.Duration;

/** Too many requests of one kind from one address or client (429); {@link #retryAfter()} says when to try again. */
public class TooManyRequestsException extends ProblemException {
    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter) {
        super(Message.of("problem.tooManyRequests", Math.max(1, (retryAfter.toSeconds() + 59) / 60)));
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}

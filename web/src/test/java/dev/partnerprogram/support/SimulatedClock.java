package dev.partnerprogram.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: real time, unless a test moves it forward to simulate months passing.
 * It keeps running from where it was set. A test that moves it sets it back when it ends, so the shared application
 * context goes on in real time for the next test.
 */
public final class SimulatedClock extends Clock {

    private final AtomicReference<Duration> offset;
    private final ZoneId zone;

    SimulatedClock() {
        this(new AtomicReference<>(Duration.ZERO), ZoneId.systemDefault());
    }

    private SimulatedClock(AtomicReference<Duration> offset, ZoneId zone) {
        this.offset = offset;
        this.zone = zone;
    }

    /** From now on the application's time runs on from {@code at}; moving backwards is not simulated. */
    public void moveTo(Instant at) {
        Duration shift = Duration.between(Instant.now(), at);
        if (shift.compareTo(offset.get()) < 0) {
            throw new IllegalArgumentException("The simulated clock only moves forward: " + at + " is before " + instant());
        }
        offset.set(shift);
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone that still follows the simulated time. */
    @Override
    public Clock withZone(ZoneId newZone) {
        return new SimulatedClock(offset, newZone);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {
        @Bean
        @Primary
        SimulatedClock simulatedClock() {
            return new SimulatedClock();
        }
    }
}

package dev.partnerprogram.compensation;

import dev.partnerprogram.common.Lookup;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.common.States;
import dev.partnerprogram.compensation.CompensationHistory.Action;
import dev.partnerprogram.notification.MailTemplate;
import dev.partnerprogram.notification.Notifier;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * What every step of a compensation's life shares, whichever stage it belongs to: finding the compensation (locked,
 * in a state that allows the step), moving it on, its history line and the mail to the partner's users.
 */
@Component
class CompensationSteps {

    static final States<Compensation, CompensationState> STATES = new States<>(Compensation::getState, "compensation.state",
            "conflict.compensation.stepNotPossible");

    private final Lookup<Compensation> lookup;
    private final CompensationHistoryRepository history;
    private final Notifier notifier;
    private final ProgramProperties.Marketing rules;
    private final ZoneId zone;
    private final Clock clock;

    CompensationSteps(CompensationRepository compensations, CompensationHistoryRepository history, Notifier notifier,
                      ProgramProperties properties, Clock clock) {
        this.lookup = new Lookup<>(compensations, "notFound.compensation");
        this.history = history;
        this.notifier = notifier;
        this.rules = properties.marketing();
        this.zone = ZoneId.of(properties.timeZone());
        this.clock = clock;
    }

    Compensation get(long id) {
        return lookup.get(id);
    }

    Compensation lock(long id) {
        return lookup.lock(id);
    }

    /** The compensation with its row locked, when it is in one of the {@code allowed} states; otherwise 409. */
    Compensation lockIn(long id, CompensationState... allowed) {
        return lookup.lockIn(id, STATES, allowed);
    }

    void moveTo(Compensation c, CompensationState state) {
        c.moveTo(state, clock.instant());
    }

    void record(Compensation c, String actor, Action action, String comment) {
        history.save(new CompensationHistory(c.getId(), clock.instant(), actor, action, comment));
    }

    /** Mails the partner's users; every template starts with the compensation's number and title. */
    void notifyPartner(Compensation c, MailTemplate template, String key, Object... more) {
        notifier.notifyPartner(c.getPartnerId(), template, "compensation-" + c.getId() + "-" + key,
                Notifier.about(c.getId(), c.getTitle(), more));
    }

    ProgramProperties.Marketing rules() {
        return rules;
    }

    ZoneId zone() {
        return zone;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    static String money(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}

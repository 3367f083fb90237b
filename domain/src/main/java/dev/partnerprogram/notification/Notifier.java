package dev.partnerprogram.notification;

import dev.partnerprogram.identity.AppUser;
import dev.partnerprogram.identity.AppUserRepository;
import dev.partnerprogram.identity.Role;
import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.common.ShownDates;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications to the outbox. Must run inside the transaction of the step that causes the mail,
 * so a rolled-back step leaves no mail behind.
 */
@Service
public class Notifier {

    private final OutboxRepository outbox;
    private final AppUserRepository users;
    private final MessageSource messages;
    private final ZoneId zone;
    private final Clock clock;

    public Notifier(OutboxRepository outbox, AppUserRepository users, MessageSource messages, ProgramProperties properties,
                    Clock clock) {
        this.outbox = outbox;
        this.users = users;
        this.messages = messages;
        this.zone = ZoneId.of(properties.timeZone());
        this.clock = clock;
    }

    /**
     * The arguments of a mail about one subject (a deal, a claim, an event): its template starts with the subject's number
     * and its name, then {@code more}.
     */
    public static Object[] about(long subjectId, String name, Object... more) {
        Object[] args = new Object[more.length + 2];
        args[0] = Long.toString(subjectId);
        args[1] = name;
        System.arraycopy(more, 0, args, 2, more.length);
        return args;
    }

    /** Every enabled user of the partner company, each in their own language. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notifyPartner(long partnerId, MailTemplate template, String idempotencyKey, Object... args) {
        for (AppUser user : users.findByPartnerIdAndEnabledTrue(partnerId)) {
            notify(user, template, idempotencyKey, args);
        }
    }

    /** Every enabled manager of the program. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notifyManagers(MailTemplate template, String idempotencyKey, Object... args) {
        for (AppUser manager : users.findEnabledWithRole(Role.MANAGER.name())) {
            notify(manager, template, idempotencyKey, args);
        }
    }

    /** One member of staff by username while the account is enabled; otherwise every manager, so the news is not lost. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void notifyStaff(String username, MailTemplate template, String idempotencyKey, Object... args) {
        users.findByUsername(username).filter(AppUser::isEnabled).ifPresentOrElse(
                user -> notify(user, template, idempotencyKey, args),
                () -> notifyManagers(template, idempotencyKey, args));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(AppUser user, MailTemplate template, String idempotencyKey, Object... args) {
        notify(user.getEmail(), user.getLanguage(), template, idempotencyKey + ":" + user.getId(), args);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(String recipient, String language, MailTemplate template, String idempotencyKey, Object... args) {
        Locale locale = Locale.forLanguageTag(language);
        Object[] shown = shown(args, locale);
        String subject = messages.getMessage("mail." + template.key() + ".subject", shown, locale);
        String body = messages.getMessage("mail." + template.key() + ".body", shown, locale);
        // A mail already written under this key (the step ran before) is not written again.
        outbox.saveUnlessKeyKnown(new OutboxMessage(idempotencyKey, template.name(), recipient, subject, body, language,
                clock.instant()));
    }

    /**
     * Days and moments as the reader's pages show them ({@link ShownDates}): callers pass the values, never their ISO
     * text.
     */
    private Object[] shown(Object[] args, Locale locale) {
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof LocalDate day) {
                shown[i] = ShownDates.day(day);
            } else if (shown[i] instanceof Instant at) {
                shown[i] = ShownDates.deadline(at, zone, locale);
            }
        }
        return shown;
    }
}

package dev.partnerprogram.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.partnerprogram.common.ProgramProperties;
import dev.partnerprogram.identity.AppUserRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.support.StaticMessageSource;

/** A mail shows days and moments as the reader's pages do, never as ISO text, whoever writes it. */
class NotifierTest {

    private final OutboxRepository outbox = mock(OutboxRepository.class);
    private final StaticMessageSource messages = new StaticMessageSource();
    private final Notifier notifier;

    NotifierTest() {
        ProgramProperties properties = mock(ProgramProperties.class);
        when(properties.timeZone()).thenReturn("Europe/Moscow");
        notifier = new Notifier(outbox, mock(AppUserRepository.class), messages, properties,
                Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC));
        for (Locale locale : new Locale[] {Locale.forLanguageTag("ru"), Locale.ENGLISH}) {
            messages.addMessage("mail.deal-approved.subject", locale, "{0}: {1}");
            messages.addMessage("mail.deal-approved.body", locale, "until {1}, answer by {2}, amount {3}");
        }
    }

    @Test
    void aDayIsWrittenDayMonthYear_andAMomentInTheProgramsZoneWithTheZoneNamed() {
        OutboxMessage mail = send("ru", LocalDate.of(2027, 3, 1), Instant.parse("2026-12-11T18:34:00Z"));

        assertThat(mail.getSubject()).isEqualTo("7: 01.03.2027");
        assertThat(mail.getBody()).isEqualTo("until 01.03.2027, answer by 11.12.2026 21:34 MSK, amount 30 000,00")
                .doesNotContain("2027-03-01", "2026-12-11", "Europe/Moscow");
    }

    @Test
    void theSameInEnglish_theZoneNamedInTheReadersLanguage() {
        OutboxMessage mail = send("en", LocalDate.of(2027, 3, 1), Instant.parse("2026-12-11T18:34:00Z"));

        assertThat(mail.getBody()).startsWith("until 01.03.2027, answer by 11.12.2026 21:34 MSK");
    }

    @Test
    void aMailAboutASubject_startsWithItsNumberAndName() {
        assertThat(Notifier.about(7, "ООО Ромашка", LocalDate.of(2027, 3, 1), "30 000,00"))
                .containsExactly("7", "ООО Ромашка", LocalDate.of(2027, 3, 1), "30 000,00");
        assertThat(Notifier.about(8, "Конференция")).containsExactly("8", "Конференция");
    }

    private OutboxMessage send(String language, LocalDate day, Instant moment) {
        notifier.notify("partner@example.org", language, MailTemplate.DEAL_APPROVED, "key-" + language, "7", day, moment,
                "30 000,00");
        ArgumentCaptor<OutboxMessage> saved = ArgumentCaptor.forClass(OutboxMessage.class);
        verify(outbox).saveUnlessKeyKnown(saved.capture());
        return saved.getValue();
    }
}

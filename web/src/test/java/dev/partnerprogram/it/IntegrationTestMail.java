package dev.partnerprogram.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import org.awaitility.Awaitility;

final class IntegrationTestMail {
    private IntegrationTestMail() {}

    /** Waits (up to 30 s) until the outbox has mailed {@code recipient} a message whose subject contains {@code subjectPart}. */
    static void await(GreenMailExtension greenMail, String recipient, String subjectPart) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .anyMatch(m -> recipient(m).equalsIgnoreCase(recipient) && subject(m).contains(subjectPart)));
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage message, String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null ? null : values[0];
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

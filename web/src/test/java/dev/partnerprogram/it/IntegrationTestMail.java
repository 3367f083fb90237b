package dev.partnerprogram.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

final class IntegrationTestMail {
    private IntegrationTestMail() {}

    /** Waits (up to 30 s) until the outbox has mailed {@code recipient} a message whose subject contains {@code subjectPart}. */
    static void await(GreenMailExtension greenMail, String recipient, String subjectPart) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> Arrays.stream(greenMail.getReceivedMessages())
                .anyMatch(m -> recipient(m).equalsIgnoreCase(recipient) && subject(m).contains(subjectPart)));
    }

    /** The token of the link (group 1 of {@code link}) in the latest mail of this subject to the recipient, once it came. */
    static String linkMailedTo(GreenMailExtension greenMail, String recipient, String subject, Pattern link) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !mailTo(greenMail, recipient, subject).isEmpty());
        List<MimeMessage> mails = mailTo(greenMail, recipient, subject);
        Matcher found = link.matcher(body(mails.get(mails.size() - 1)));
        assertThat(found.find()).as("a link in the mail " + subject).isTrue();
        return found.group(1);
    }

    static List<MimeMessage> mailTo(GreenMailExtension greenMail, String recipient, String subject) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(recipient) && subject(m).equals(subject))
                .toList();
    }

    static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
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
